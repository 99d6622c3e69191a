package org.xuefa.people;

/** 在编 / 编外 / 兼职: only established staff fill the establishment and may hold an enforcement certificate. */
public enum EmploymentType {
    ESTABLISHED, CONTRACT, CONCURRENT
}
