/// Text, JSON and CSV renderings of the `vwb tokenizer` results (mining summary, fertility report).
package org.vwb.cli.tokenizer;
