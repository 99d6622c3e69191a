package org.xuefa.study;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A law studied in a session (an id from laws.yaml) and the articles, as written: "第3条、第28-30条". */
@Embeddable
public class StudiedLaw {
    @Column(name = "law_id")
    private String lawId;
    @Column(name = "articles")
    private String articles;

    protected StudiedLaw() {
    }

    public StudiedLaw(String lawId, String articles) {
        this.lawId = Objects.requireNonNull(lawId);
        this.articles = articles == null ? "" : articles.trim();
    }

    public String lawId() {
        return lawId;
    }

    public String articles() {
        return articles;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StudiedLaw l && l.lawId.equals(lawId) && l.articles.equals(articles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lawId, articles);
    }
}
