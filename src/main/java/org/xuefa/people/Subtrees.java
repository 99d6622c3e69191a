package org.xuefa.people;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The unit subtrees a report covers, as path prefixes of {@code org_unit.path} ("/town/office/"). A report query
 * keeps a unit when its path starts with one of them: one {@code like} per prefix, so the number of parameters
 * follows the reader's grants (one or two), never the number of units or officials. No prefix: nothing is covered.
 */
public record Subtrees(List<String> prefixes) {
    public Subtrees {
        prefixes = List.copyOf(prefixes);
    }

    public boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /**
     * A SQL condition on the given path column ({@code u.path}), binding the prefixes as {@code :subtree0},
     * {@code :subtree1}, ... in {@code params}; "1 = 0" when nothing is covered.
     */
    public String sql(String pathColumn, MapSqlParameterSource params) {
        if (prefixes.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < prefixes.size(); i++) {
            if (i > 0) {
                sql.append(" or ");
            }
            sql.append(pathColumn).append(" like :subtree").append(i);
            params.addValue("subtree" + i, escape(prefixes.get(i)) + "%");
        }
        return sql.append(')').toString();
    }

    /** The {@code like} patterns of the prefixes (escaped, '%' appended), for a query bound one subtree at a time. */
    public List<String> patterns() {
        return prefixes.stream().map(p -> escape(p) + "%").toList();
    }

    /** A name for files: the codes of the subtrees' roots joined by '+', "all" for the whole tree. */
    public String label() {
        if (prefixes.isEmpty()) {
            return "none";
        }
        return String.join("+", prefixes.stream().map(p -> {
            String[] codes = p.split("/");
            return codes.length == 0 ? "all" : codes[codes.length - 1];
        }).toList());
    }

    /** Unit codes may hold '_', a wildcard of like: escaped with the default escape character '\'. */
    private static String escape(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
