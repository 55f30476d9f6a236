package io.coodie.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CqlScriptsTest {

  @Test
  void splitsOnSemicolonsAndDropsEmptyStatements() {
    assertThat(CqlScripts.split("CREATE TABLE a (id int PRIMARY KEY);\n\n;  ALTER TABLE a ADD x int ;\nDROP TABLE b"))
        .containsExactly("CREATE TABLE a (id int PRIMARY KEY)", "ALTER TABLE a ADD x int", "DROP TABLE b");
  }

  @Test
  void keepsSemicolonsInsideStringLiteralsWithEscapedQuotes() {
    assertThat(CqlScripts.split("INSERT INTO t (k, v) VALUES (1, 'a;b''c;--d');INSERT INTO t (k) VALUES (2);"))
        .containsExactly("INSERT INTO t (k, v) VALUES (1, 'a;b''c;--d')", "INSERT INTO t (k) VALUES (2)");
  }

  @Test
  void keepsSemicolonsInsideQuotedIdentifiersAndDollarBlocks() {
    String function = "CREATE FUNCTION f (x int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS"
        + " $$ int y = x; /* not a comment */ return y; // nor this\n $$";
    assertThat(CqlScripts.split("CREATE TABLE \"we;ird\" (id int PRIMARY KEY);\n" + function + ";\nSELECT 1"))
        .containsExactly("CREATE TABLE \"we;ird\" (id int PRIMARY KEY)", function, "SELECT 1");
  }

  @Test
  void removesLineAndBlockComments() {
    String script = "-- header; with a semicolon\n"
        + "CREATE TABLE a (id int PRIMARY KEY); // trailing; comment\n"
        + "/* block;\n comment */ ALTER TABLE a -- inline\n ADD x int;\n"
        + "-- only a comment at the end;";
    assertThat(CqlScripts.split(script))
        .containsExactly("CREATE TABLE a (id int PRIMARY KEY)", "ALTER TABLE a  \n ADD x int");
  }

  @Test
  void unterminatedConstructsNameTheirLine() {
    assertThatThrownBy(() -> CqlScripts.split("SELECT 1;\nINSERT INTO t (v) VALUES ('open);"))
        .hasMessage("unterminated string literal starting on line 2");
    assertThatThrownBy(() -> CqlScripts.split("\n\n/* never closed")).hasMessage("unterminated /* comment starting on line 3");
    assertThatThrownBy(() -> CqlScripts.split("AS $$ body")).hasMessage("unterminated $$ block starting on line 1");
    assertThatThrownBy(() -> CqlScripts.split("CREATE TABLE \"x (")).hasMessage(
        "unterminated quoted identifier starting on line 1");
  }

  @Test
  void checksumIgnoresLineEndingsTrailingWhitespaceAndBom() {
    int checksum = CqlScripts.checksum("CREATE TABLE a (id int PRIMARY KEY);\nALTER TABLE a ADD x int;\n");
    assertThat(CqlScripts.checksum("\uFEFFCREATE TABLE a (id int PRIMARY KEY);  \r\nALTER TABLE a ADD x int;\r\n\r\n"))
        .isEqualTo(checksum);
    assertThat(CqlScripts.checksum("CREATE TABLE a (id int PRIMARY KEY);\nALTER TABLE a ADD y int;\n"))
        .isNotEqualTo(checksum);
    assertThat(CqlScripts.checksum("-- comment\nCREATE TABLE a (id int PRIMARY KEY);\nALTER TABLE a ADD x int;\n"))
        .as("comments count: a changed comment is a changed file").isNotEqualTo(checksum);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("SELECT 1;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(CqlScripts.checksum("SELECT 1;\n")).isEqualTo((int) crc.getValue());
  }
}
