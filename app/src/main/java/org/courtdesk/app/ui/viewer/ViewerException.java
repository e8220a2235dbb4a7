package org.courtdesk.app.ui.viewer;

/**
 * A failure the viewer can say in words: a message key of the bundle ({@code viewer.error.*}) and its arguments.
 * Thrown on the render thread, shown on the FX thread; never a raw exception on screen.
 */
public final class ViewerException extends Exception {

    private final String key;
    private final transient Object[] args;

    public ViewerException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
