package com.newsbot.bot.chat;

import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.StateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Notices a new latest issue after the seeds were re-read and queues its announcement to every subscribed chat,
 * once (the state's outbox keeps it across restarts); the front ends send what is queued for them.
 */
public final class NewIssues {
    private static final Logger log = LoggerFactory.getLogger(NewIssues.class);

    /** The latest indexed issue's id and date. */
    public record Latest(String issueId, LocalDate date) {
    }

    /** Finds the latest indexed issue. */
    @FunctionalInterface
    public interface LatestIssue {
        Optional<Latest> find() throws Exception;
    }

    private final LatestIssue latest;
    private final BotState state;

    public NewIssues(LatestIssue latest, BotState state) {
        this.latest = Objects.requireNonNull(latest, "latest");
        this.state = Objects.requireNonNull(state, "state");
    }

    /** Looks at the latest issue; returns how many announcements were queued. Never throws. */
    public int check() {
        if (!state.available()) {
            return 0;
        }
        try {
            Optional<Latest> found = latest.find();
            if (found.isEmpty()) {
                return 0;
            }
            int queued = state.announcements().latestIssue(found.get().issueId(), found.get().date());
            if (queued > 0) {
                log.info("New issue {} ({}): announcing it to {} subscribed chat(s)", found.get().issueId(),
                        found.get().date(), queued);
            }
            return queued;
        } catch (StateException e) {
            log.error("Recording the latest issue for announcements failed: {}", e.getMessage());
            return 0;
        } catch (Exception e) {
            log.error("Finding the latest issue for announcements failed", e);
            return 0;
        }
    }
}
