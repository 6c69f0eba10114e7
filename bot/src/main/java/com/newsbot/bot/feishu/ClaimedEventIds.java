package com.newsbot.bot.feishu;

import com.newsbot.bot.state.EventClaims;
import com.newsbot.bot.state.StateException;

import java.io.IOException;

/**
 * Event ids claimed in the shared state database: of the replicas that receive an event (Feishu spreads events over
 * the connected clients and redelivers one whose acknowledgement it missed), the first to claim it answers it.
 */
final class ClaimedEventIds implements EventIdStore {
    private final EventClaims claims;

    ClaimedEventIds(EventClaims claims) {
        this.claims = claims;
    }

    @Override
    public boolean markNew(String eventId) throws IOException {
        String id = eventId.strip();
        if (id.isEmpty()) {
            return false;
        }
        try {
            return claims.claim(FeishuEvents.FRONT_END, id);
        } catch (StateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // nothing held: the claims are in the database
    }
}
