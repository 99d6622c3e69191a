package org.xuefa.quiz;

/** 优秀 / 良好 / 合格 / 不合格. */
public enum Band {
    EXCELLENT, GOOD, PASS, FAIL;

    public boolean passed() {
        return this != FAIL;
    }
}
