package com.newsbot.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 👍/👎 row under an answer. Callback data is {@code v:u:<answer id>} or {@code v:d:<answer id>} (16 bytes with the
 * 11-character ids answers get, far under Telegram's 64). Once pressed, the pressed button reads "谢谢反馈" and the other
 * stays, so pressing it changes the vote.
 */
final class VoteButtons {
    static final String PREFIX = "v:";

    /** A pressed vote button: which way, on which answer. */
    record Press(boolean up, String answerId) {
    }

    private VoteButtons() {
    }

    static String data(boolean up, String answerId) {
        return PREFIX + (up ? "u:" : "d:") + answerId;
    }

    /** The vote a button's callback data stands for; empty when the data is not a vote (an article id). */
    static Optional<Press> parse(String data) {
        if (data == null || !data.startsWith(PREFIX) || data.length() < 5 || data.charAt(3) != ':') {
            return Optional.empty();
        }
        char way = data.charAt(2);
        String answerId = data.substring(4);
        if ((way != 'u' && way != 'd') || answerId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Press(way == 'u', answerId));
    }

    static InlineKeyboardRow row(String answerId, String upLabel, String downLabel) {
        return new InlineKeyboardRow(
                InlineKeyboardButton.builder().text(upLabel).callbackData(data(true, answerId)).build(),
                InlineKeyboardButton.builder().text(downLabel).callbackData(data(false, answerId)).build());
    }

    /**
     * The keyboard of the message a vote was pressed under, with the vote row showing the vote: the pressed button
     * reads {@code thanks}, the other its emoji. Other buttons (open an article) are kept as they were.
     */
    static InlineKeyboardMarkup afterVote(InlineKeyboardMarkup current, Press press, String upLabel, String downLabel,
                                          String thanks) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        boolean replaced = false;
        if (current != null && current.getKeyboard() != null) {
            for (InlineKeyboardRow row : current.getKeyboard()) {
                boolean votes = row.stream().anyMatch(button -> parse(button.getCallbackData()).isPresent());
                if (votes) {
                    if (!replaced) {
                        rows.add(voted(press, upLabel, downLabel, thanks));
                        replaced = true;
                    }
                } else {
                    rows.add(row);
                }
            }
        }
        if (!replaced) {
            rows.add(voted(press, upLabel, downLabel, thanks));
        }
        return new InlineKeyboardMarkup(rows);
    }

    private static InlineKeyboardRow voted(Press press, String upLabel, String downLabel, String thanks) {
        return row(press.answerId(), press.up() ? thanks : upLabel, press.up() ? downLabel : thanks);
    }
}
