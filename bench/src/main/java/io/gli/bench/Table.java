package io.gli.bench;

import java.util.List;

/**
 * One table of the report, ready to print. Cells carry their number as well as their text, so the
 * HTML page can chart the subject columns.
 *
 * @param title the heading
 * @param header the column names
 * @param rows the cells, one list per row, as wide as the header
 * @param chartColumns the columns holding comparable figures (one per subject), charted as bars
 * @param higherIsBetter whether a longer bar is better (throughput) or worse (time, bytes)
 * @param note a sentence under the table; empty for none
 */
record Table(
        String title,
        List<String> header,
        List<List<Cell>> rows,
        List<Integer> chartColumns,
        boolean higherIsBetter,
        String note) {

    /** A cell: its text and, where it is a figure, the figure in a common unit (NaN otherwise). */
    record Cell(String text, double value) {
        static Cell text(String text) {
            return new Cell(text, Double.NaN);
        }
    }
}
