package com.newsbot.bot.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The questions readers asked, for the editors' report. */
public interface QuestionLog {
    void record(LoggedQuestion question) throws StateException;

    /** Every question asked at or after {@code from}, oldest first, handed to {@code each} one at a time. */
    void since(Instant from, Consumer<LoggedQuestion> each) throws StateException;

    /** The logged question an answer id belongs to. */
    Optional<LoggedQuestion> byAnswerId(String answerId) throws StateException;

    /** Records many at once, in one transaction (imports, benchmarks). */
    void recordAll(List<LoggedQuestion> questions) throws StateException;
}
