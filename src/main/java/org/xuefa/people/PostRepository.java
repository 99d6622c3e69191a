package org.xuefa.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, Long> {
    List<Post> findByUnitIdOrderByKindAscTitleAsc(Long unitId);

    Optional<Post> findByUnitIdAndKindAndTitle(Long unitId, PostKind kind, String title);
}
