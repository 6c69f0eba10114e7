package com.newsbot.bot.frontend;

import org.junit.jupiter.api.Test;

import static com.newsbot.bot.frontend.AllowedChats.Access.GROUP_NOT_ENABLED;
import static com.newsbot.bot.frontend.AllowedChats.Access.SERVE;
import static com.newsbot.bot.frontend.AllowedChats.Access.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllowedChatsTest {
    private final AllowedChats allowed = AllowedChats.parse("ou_alice, oc_editors", id -> true, "an id");

    @Test
    void a_listed_person_is_served_in_a_private_chat_and_a_stranger_is_not() {
        assertThat(allowed.access(false, "ou_alice", "oc_p2p_alice")).isEqualTo(SERVE);
        assertThat(allowed.access(false, "ou_bob", "oc_p2p_bob")).isEqualTo(STRANGER);
    }

    @Test
    void a_listed_group_serves_everyone_in_it() {
        assertThat(allowed.access(true, "ou_bob", "oc_editors")).isEqualTo(SERVE);
        assertThat(allowed.access(true, null, "oc_editors")).isEqualTo(SERVE);
    }

    @Test
    void an_unlisted_group_is_closed_even_to_a_listed_person_who_is_told_so() {
        assertThat(allowed.access(true, "ou_alice", "oc_outsiders")).isEqualTo(GROUP_NOT_ENABLED);
        assertThat(allowed.access(true, "ou_bob", "oc_outsiders")).isEqualTo(STRANGER);
    }

    @Test
    void a_star_serves_every_chat() {
        AllowedChats everyone = AllowedChats.parse(" * ", id -> false, "an id");

        assertThat(everyone.access(true, "ou_bob", "oc_outsiders")).isEqualTo(SERVE);
        assertThat(everyone.access(false, null, "oc_p2p")).isEqualTo(SERVE);
    }

    @Test
    void an_id_of_the_wrong_form_or_an_empty_list_is_refused_with_a_message_naming_it() {
        assertThatThrownBy(() -> AllowedChats.parse("1, alice", id -> id.matches("-?\\d+"), "a numeric id"))
                .hasMessageContaining("\"alice\" is not a numeric id");
        assertThatThrownBy(() -> AllowedChats.parse(" , ", id -> true, "an id")).hasMessageContaining("lists no ids");
    }
}
