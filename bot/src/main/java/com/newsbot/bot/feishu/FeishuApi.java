package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lark.oapi.Client;
import com.lark.oapi.core.request.SelfBuiltTenantAccessTokenReq;
import com.lark.oapi.core.response.BaseResponse;
import com.lark.oapi.core.response.RawResponse;
import com.lark.oapi.core.token.AccessTokenType;
import com.lark.oapi.service.im.v1.model.CreateMessageReactionReq;
import com.lark.oapi.service.im.v1.model.CreateMessageReactionReqBody;
import com.lark.oapi.service.im.v1.model.CreateMessageReactionResp;
import com.lark.oapi.service.im.v1.model.CreateMessageReq;
import com.lark.oapi.service.im.v1.model.CreateMessageReqBody;
import com.lark.oapi.service.im.v1.model.CreateMessageResp;
import com.lark.oapi.service.im.v1.model.DeleteMessageReactionReq;
import com.lark.oapi.service.im.v1.model.Emoji;
import com.lark.oapi.service.im.v1.model.GetChatReq;
import com.lark.oapi.service.im.v1.model.GetChatResp;
import com.lark.oapi.service.im.v1.model.PatchMessageReq;
import com.lark.oapi.service.im.v1.model.PatchMessageReqBody;
import com.lark.oapi.service.im.v1.model.ReplyMessageReq;
import com.lark.oapi.service.im.v1.model.ReplyMessageReqBody;
import com.lark.oapi.service.im.v1.model.ReplyMessageResp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The few open-platform calls the bot makes, through the official SDK's client and {@link FeishuCalls}
 * (retries): check the credentials, learn the bot's own open_id, send and reply with message cards, update a card,
 * add and remove a reaction, and ask whether a chat is a group.
 */
final class FeishuApi {
    static final String CARD = "interactive";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Client client;
    private final FeishuCalls calls;

    FeishuApi(Client client, FeishuCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    /** Asks for a tenant access token with the app's credentials; fails when Feishu refuses them. */
    void checkCredentials(String appId, String appSecret) throws FeishuCalls.FeishuApiException {
        SelfBuiltTenantAccessTokenReq request = new SelfBuiltTenantAccessTokenReq();
        request.setAppId(appId);
        request.setAppSecret(appSecret);
        calls.execute("getting a tenant access token", () -> client.ext().getTenantAccessTokenBySelfBuiltApp(request),
                FeishuApi::outcome);
    }

    /** The bot's own open_id, which group messages mention it by. */
    String botOpenId() throws FeishuCalls.FeishuApiException {
        RawResponse raw = calls.execute("reading the bot's info",
                () -> client.get("/open-apis/bot/v3/info", null, AccessTokenType.Tenant), FeishuApi::outcome);
        String openId = json(raw).path("bot").path("open_id").asText("");
        if (openId.isEmpty()) {
            throw new FeishuCalls.FeishuApiException("the bot's info has no open_id: is the app's bot capability enabled?", -1,
                    raw.getStatusCode(), null);
        }
        return openId;
    }

    /** Sends a card to a chat; {@code uuid} makes Feishu drop a repeat of the same send within an hour. Returns its message id. */
    String send(String chatId, String card, String uuid) throws FeishuCalls.FeishuApiException {
        CreateMessageReq request = CreateMessageReq.newBuilder().receiveIdType("chat_id")
                .createMessageReqBody(CreateMessageReqBody.newBuilder().receiveId(chatId).msgType(CARD).content(card).uuid(uuid)
                        .build()).build();
        CreateMessageResp response = calls.execute("sending a message", () -> client.im().message().create(request),
                FeishuApi::outcome);
        return response.getData() == null ? null : response.getData().getMessageId();
    }

    /** Replies to a message with a card, in its thread when {@code inThread}. Returns the reply's message id. */
    String reply(String messageId, String card, boolean inThread, String uuid) throws FeishuCalls.FeishuApiException {
        ReplyMessageReq request = ReplyMessageReq.newBuilder().messageId(messageId)
                .replyMessageReqBody(ReplyMessageReqBody.newBuilder().msgType(CARD).content(card).replyInThread(inThread)
                        .uuid(uuid).build()).build();
        ReplyMessageResp response = calls.execute("replying to a message", () -> client.im().message().reply(request),
                FeishuApi::outcome);
        return response.getData() == null ? null : response.getData().getMessageId();
    }

    /** Replaces the card of a message the bot sent (a shared card, {@code update_multi}) with {@code card}. */
    void updateCard(String messageId, String card) throws FeishuCalls.FeishuApiException {
        PatchMessageReq request = PatchMessageReq.newBuilder().messageId(messageId)
                .patchMessageReqBody(PatchMessageReqBody.newBuilder().content(card).build()).build();
        calls.execute("updating a card", () -> client.im().message().patch(request), FeishuApi::outcome);
    }

    /** Adds an emoji reaction to a message; returns the reaction's id (to remove it). */
    String addReaction(String messageId, String emojiType) throws FeishuCalls.FeishuApiException {
        CreateMessageReactionReq request = CreateMessageReactionReq.newBuilder().messageId(messageId)
                .createMessageReactionReqBody(CreateMessageReactionReqBody.newBuilder()
                        .reactionType(Emoji.newBuilder().emojiType(emojiType).build()).build()).build();
        CreateMessageReactionResp response = calls.execute("adding a reaction",
                () -> client.im().messageReaction().create(request), FeishuApi::outcome);
        return response.getData() == null ? null : response.getData().getReactionId();
    }

    void removeReaction(String messageId, String reactionId) throws FeishuCalls.FeishuApiException {
        DeleteMessageReactionReq request = DeleteMessageReactionReq.newBuilder().messageId(messageId).reactionId(reactionId).build();
        calls.execute("removing a reaction", () -> client.im().messageReaction().delete(request), FeishuApi::outcome);
    }

    /** Whether the chat is a group (chat_mode group or topic) rather than a private chat with the bot (p2p). */
    boolean isGroup(String chatId) throws FeishuCalls.FeishuApiException {
        GetChatReq request = GetChatReq.newBuilder().chatId(chatId).build();
        GetChatResp response = calls.execute("reading a chat's kind", () -> client.im().chat().get(request), FeishuApi::outcome);
        return response.getData() == null || !"p2p".equals(response.getData().getChatMode());
    }

    private static FeishuCalls.Outcome outcome(BaseResponse<?> response) {
        RawResponse raw = response.getRawResponse();
        return new FeishuCalls.Outcome(raw == null ? 200 : raw.getStatusCode(), response.getCode(), response.getMsg(),
                raw == null ? Map.of() : raw.getHeaders());
    }

    private static FeishuCalls.Outcome outcome(RawResponse raw) {
        JsonNode body = json(raw);
        return new FeishuCalls.Outcome(raw.getStatusCode(), body.path("code").asInt(body.isMissingNode() ? -1 : 0),
                body.path("msg").asText(""), raw.getHeaders());
    }

    private static JsonNode json(RawResponse raw) {
        byte[] body = raw.getBody();
        if (body == null || body.length == 0) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }
}
