package io.gli;

/**
 * Thrown when a batch cannot be applied because one of its operations is invalid; nothing of the
 * batch was applied. The cause is the exception the operation would have raised on its own, such as
 * a {@link NodeNotFoundException}.
 */
public class BatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int operationIndex;
    private final String operation;

    /**
     * @param operationIndex the zero-based position of the failed operation in the batch
     * @param operation a description of the failed operation
     * @param cause why it failed
     */
    public BatchException(int operationIndex, String operation, RuntimeException cause) {
        super(Errors.batchMessage(operationIndex, operation, cause), cause);
        this.operationIndex = operationIndex;
        this.operation = operation;
    }

    /** The zero-based position of the failed operation in the batch. */
    public int operationIndex() {
        return operationIndex;
    }

    /** A description of the failed operation, such as {@code addEdge("a", "b")}. */
    public String operation() {
        return operation;
    }

    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }
}
