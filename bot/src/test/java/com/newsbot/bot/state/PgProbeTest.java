package com.newsbot.bot.state;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import java.sql.*;
class PgProbeTest {
  @Test void starts() throws Exception {
    long t=System.nanoTime();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
         Connection c = pg.getPostgresDatabase().getConnection();
         ResultSet r = c.createStatement().executeQuery("select version()")) {
      r.next(); System.out.println("PG " + r.getString(1) + " in " + (System.nanoTime()-t)/1e6 + " ms " + pg.getJdbcUrl("postgres","postgres"));
    }
  }
}
