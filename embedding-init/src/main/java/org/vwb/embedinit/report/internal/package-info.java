/// Implementation of the report: the measuring steps, the Java2D painters and the JSON, CSV and HTML writers.
package org.vwb.embedinit.report.internal;
