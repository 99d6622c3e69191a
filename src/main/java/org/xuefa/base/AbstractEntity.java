package org.xuefa.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Identity and optimistic locking shared by every entity that two people might edit. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses an edit made on a stale copy: the caller read {@code expected} and someone has saved since.
     */
    public void checkVersion(long expected) {
        if (version != expected) {
            throw new BusinessException("error.conflict");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o == null || getClass() != o.getClass()) return false;
        return id != null && id.equals(((AbstractEntity) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
