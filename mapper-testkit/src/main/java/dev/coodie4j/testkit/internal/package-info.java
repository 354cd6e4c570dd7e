/**
 * Implementation of the test kit's servers. Not API: anything here may change without notice.
 */
package dev.coodie4j.testkit.internal;
