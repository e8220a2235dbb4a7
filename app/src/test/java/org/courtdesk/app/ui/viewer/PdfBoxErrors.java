package org.courtdesk.app.ui.viewer;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** What PDFBox logs at ERROR while open (message and exception class), for tests that a render stopped cleanly. */
final class PdfBoxErrors implements AutoCloseable {

    private final Logger pdfbox = (Logger) LoggerFactory.getLogger("org.apache.pdfbox");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    PdfBoxErrors() {
        logged.start();
        pdfbox.addAppender(logged);
    }

    List<String> errors() {
        return logged.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                        : e.getThrowableProxy().getClassName()))
                .toList();
    }

    @Override
    public void close() {
        pdfbox.detachAppender(logged);
    }
}
