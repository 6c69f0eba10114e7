package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.VotePress;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.ArrayList;
import java.util.List;

/**
 * The 👍/👎 row under an answer; its callback data is a {@link VotePress}. Once pressed, the pressed button reads "谢谢反馈" and the other
 * stays, so pressing it changes the vote.
 */
final class VoteButtons {
    private VoteButtons() {
    }

    static InlineKeyboardRow row(String answerId, String upLabel, String downLabel) {
        return new InlineKeyboardRow(
                InlineKeyboardButton.builder().text(upLabel).callbackData(new VotePress(true, answerId).data()).build(),
                InlineKeyboardButton.builder().text(downLabel).callbackData(new VotePress(false, answerId).data()).build());
    }

    /**
     * The keyboard of the message a vote was pressed under, with the vote row showing the vote: the pressed button
     * reads {@code thanks}, the other its emoji. Other buttons (open an article) are kept as they were.
     */
    static InlineKeyboardMarkup afterVote(InlineKeyboardMarkup current, VotePress press, String upLabel, String downLabel,
                                          String thanks) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        boolean replaced = false;
        if (current != null && current.getKeyboard() != null) {
            for (InlineKeyboardRow row : current.getKeyboard()) {
                boolean votes = row.stream().anyMatch(button -> VotePress.parse(button.getCallbackData()).isPresent());
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

    private static InlineKeyboardRow voted(VotePress press, String upLabel, String downLabel, String thanks) {
        return row(press.answerId(), press.up() ? thanks : upLabel, press.up() ? downLabel : thanks);
    }
}
