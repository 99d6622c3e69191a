package org.xuefa.study;

public enum LeaveStatus {
    PENDING, APPROVED, DECLINED, WITHDRAWN
}
