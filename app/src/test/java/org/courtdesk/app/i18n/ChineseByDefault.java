package org.courtdesk.app.i18n;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test starts in Chinese, the workstation's language, whatever the test before it switched to: the module's
 * tests share one JVM, and a test that checks the English screens must not leave English to the next one (a sync test
 * that reads a Chinese sentence failed only after an English snapshot test). Registered for all tests through
 * {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class ChineseByDefault implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        Messages.use(Messages.CHINESE);
    }
}
