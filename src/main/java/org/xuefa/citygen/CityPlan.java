package org.xuefa.citygen;

import java.util.Locale;

/**
 * What to generate: how many officials, the seed of the random choices (the same seed gives the same city), the
 * code of the city's root unit (unique; its codes, staff numbers and credential numbers start with it), and the
 * code of an existing unit to place the city under (null: a new root). {@code force} writes even beside real data.
 */
public record CityPlan(int officials, long seed, String code, String parentCode, boolean force) {
    public CityPlan {
        if (officials < 100 || officials > 2_000_000) {
            throw new IllegalArgumentException("--officials must be between 100 and 2000000");
        }
        code = code == null || code.isBlank() ? "gc" + seed : code.trim().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z0-9]{1,16}")) {
            throw new IllegalArgumentException("--code must be 1 to 16 letters or digits");
        }
        parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.trim();
    }

    /** Parses {@code --officials N --seed S --code C --parent P --force} (also {@code --name=value}). */
    public static CityPlan parse(String[] args) {
        int officials = 100_000;
        long seed = 1;
        String code = null;
        String parent = null;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.contains("=");
            String value = inline ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[i + 1] : null;
            switch (name) {
                case "--officials" -> officials = Integer.parseInt(value.replace("_", ""));
                case "--seed" -> seed = Long.parseLong(value);
                case "--code" -> code = value;
                case "--parent" -> parent = value;
                case "--force" -> {
                    force = true;
                    continue;
                }
                default -> {
                    continue; // the command's name and Spring's own options
                }
            }
            if (!inline) {
                i++;
            }
        }
        return new CityPlan(officials, seed, code, parent, force);
    }
}
