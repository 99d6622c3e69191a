/**
 * The spreadsheet import framework every importer uses: typed {@link org.xuefa.base.imports.Column}s with Chinese
 * and English header aliases, cell {@link org.xuefa.base.imports.Parsers}, a
 * {@link org.xuefa.base.imports.SpreadsheetReader} for XLSX and CSV that hands over rows one at a time, per-row
 * checks collecting translated {@link org.xuefa.base.imports.ImportProblem}s, all-or-nothing writing, duplicate
 * detection and templates generated from the columns.
 */
package org.xuefa.base.imports;
