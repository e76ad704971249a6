/**
 * PDF and DOCX documents read with Apache Tika: bounded input size, a write limit on extracted text, and no
 * descent into embedded documents (so nested archives and attachment bombs are never unpacked).
 */
package org.frontwatch.archive.collect.document;
