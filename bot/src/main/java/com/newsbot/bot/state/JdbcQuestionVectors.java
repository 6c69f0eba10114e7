package com.newsbot.bot.state;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@link QuestionVectors} in the {@code question_vectors} table, vectors as little-endian float blobs. */
final class JdbcQuestionVectors implements QuestionVectors {
    private final Jdbc jdbc;

    JdbcQuestionVectors(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, float[]> get(String model, Collection<String> keys) throws StateException {
        Set<String> wanted = new HashSet<>(keys);
        return jdbc.inTransaction(connection -> {
            Map<String, float[]> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT text_key, vector FROM question_vectors WHERE model = ?")) {
                select.setString(1, model);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString(1);
                        if (wanted.contains(key)) {
                            found.put(key, floats(rows.getBytes(2)));
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void put(String model, Map<String, float[]> vectors) throws StateException {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO question_vectors (model, text_key,"
                    + " vector) VALUES (?, ?, ?) ON CONFLICT (model, text_key) DO UPDATE SET vector = excluded.vector")) {
                for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                    insert.setString(1, model);
                    insert.setString(2, entry.getKey());
                    insert.setBytes(3, bytes(entry.getValue()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
