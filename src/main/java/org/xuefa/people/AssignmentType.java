package org.xuefa.people;

/** Whether someone fills a post as their main job or part-time beside another (兼职). */
public enum AssignmentType {
    PRIMARY, CONCURRENT
}
