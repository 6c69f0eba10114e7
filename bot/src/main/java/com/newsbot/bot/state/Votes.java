package com.newsbot.bot.state;

import java.time.Instant;
import java.util.List;

/** Readers' votes on answers: one per reader and answer; voting again changes it. */
public interface Votes {
    /** What recording a vote did. */
    enum Outcome { RECORDED, CHANGED, UNCHANGED }

    Outcome record(Vote vote) throws StateException;

    /** The votes cast at or after {@code from}, oldest first. */
    List<Vote> since(Instant from) throws StateException;
}
