/**
 * A bridge from the Spark job into the register's package-private corroboration rules, so that Spark and the
 * single machine share one implementation; it goes away once the register publishes those rules.
 */
package org.frontwatch.register.corroborate;
