package io.gli.examples;

/** Reads the size an example is run at from its command line, so a test can run it small. */
final class Arguments {
    private Arguments() {}

    /**
     * The first argument as a positive count (underscores and commas allowed, as in {@code
     * 100_000}), or {@code defaultSize} if there is none.
     *
     * @throws IllegalArgumentException if the argument is not a positive whole number
     */
    static int size(String[] args, int defaultSize) {
        if (args.length == 0) {
            return defaultSize;
        }
        String digits = args[0].replace("_", "").replace(",", "");
        int size;
        try {
            size = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "the size must be a whole number, not \"" + args[0] + "\"", e);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("the size must be positive, not " + size);
        }
        return size;
    }
}
