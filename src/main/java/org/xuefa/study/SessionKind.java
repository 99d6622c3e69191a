package org.xuefa.study;

/** The kinds of collective study a town holds. */
public enum SessionKind {
    /** 领导班子集体学法 */
    LEADERSHIP_COLLECTIVE,
    /** 中心组学法 */
    THEORY_GROUP,
    /** 会前学法 */
    PRE_MEETING,
    /** 专题学法 */
    THEMATIC,
    /** 法治讲座 */
    LECTURE,
    /** 培训 */
    TRAINING,
    /** 以案说法 */
    CASE_BASED
}
