/// Option groups shared by several `vwb` commands, as picocli mixins.
package org.vwb.cli.option;
