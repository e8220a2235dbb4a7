package org.courtdesk.server;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.courtdesk.server.db.Database;
import org.courtdesk.server.notify.Notifier;
import org.jdbi.v3.core.Jdbi;

/** What every capability of the server may use. */
public record ServerContext(ServerConfig config, Database database, Notifier notifier) {

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public Clock clock() {
        return config.clock();
    }

    /** Today in the court's time zone: 申请日期 and 有效截止日期 are court-local dates. */
    public LocalDate today() {
        return LocalDate.ofInstant(config.clock().instant(), config.zone());
    }

    /** The court's local time now: 借阅时间 and 还卷时间 are court-local date-times. */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(config.clock().instant(), config.zone());
    }
}
