/** Generated Telegram-style messages in en/ru/uk, with reposts and forwards, as JSON lines: the corpus of the Spark job's tests and benchmark. */
package org.frontwatch.spark.corpus;
