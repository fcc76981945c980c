package dev.benchmem.analysis.plot;

/** A plot cannot be drawn from the given runs and options; the message is one line for the user. */
public final class PlotException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PlotException(String message) {
        super(message);
    }
}
