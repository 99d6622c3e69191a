package org.xuefa.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.BusinessException;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/** Posts (编制) of each unit, and the assignments of officials to them. */
@Service
@Transactional
public class Establishment {
    private static final String POST = "post";
    private static final String ASSIGNMENT = "assignment";

    private final PostRepository posts;
    private final PostAssignmentRepository assignments;
    private final OfficialRepository officials;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final Clock clock;
    private final CurrentUser currentUser;

    private final List<CredentialTypeNames> credentialTypes;

    Establishment(PostRepository posts, PostAssignmentRepository assignments, OfficialRepository officials,
            UnitScopes scopes, AuditLog audit, Clock clock, CurrentUser currentUser,
            List<CredentialTypeNames> credentialTypes) {
        this.currentUser = currentUser;
        this.credentialTypes = credentialTypes;
        this.posts = posts;
        this.assignments = assignments;
        this.officials = officials;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The posts of one unit with today's holder counts. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<PostRecord> postsOf(Long unitId) {
        scopes.require(unitId, OrgUnits.READERS);
        List<Post> list = posts.findByUnitIdOrderByKindAscTitleAsc(unitId);
        Map<Long, List<PostAssignment>> active = activeByPost(list, LocalDate.now(clock));
        String unitName = scopes.visibleById(OrgUnits.READERS).get(unitId).name();
        return list.stream().map(p -> {
            List<PostAssignment> held = active.getOrDefault(p.getId(), List.of());
            long primary = held.stream().filter(a -> a.assignmentType() == AssignmentType.PRIMARY).count();
            return new PostRecord(p.getId(), p.unitId(), unitName, p.kind(), p.title(), p.establishment(),
                    p.requiredCredentialType(), primary, held.size() - primary, p.getVersion());
        }).toList();
    }

    @Allowed.Hr
    public Long createPost(Long unitId, PostKind kind, String title, int establishment, String requiredCredentialType) {
        checkCredentialType(requiredCredentialType);
        scopes.require(unitId, Role.HR);
        if (kind == null) {
            throw new BusinessException("post.error.kind-required");
        }
        String t = title == null ? null : title.trim();
        if (t != null && posts.findByUnitIdAndKindAndTitle(unitId, kind, t).isPresent()) {
            throw new BusinessException("post.error.duplicate", t);
        }
        Post post = posts.save(new Post(unitId, kind, t, establishment, requiredCredentialType));
        audit.record("CREATE", POST, post.getId(), "post " + post.title(), Changes.of().set("unit", unitId)
                .set("kind", kind).set("title", post.title()).set("establishment", establishment)
                .set("requiredCredential", post.requiredCredentialType()).toString());
        return post.getId();
    }

    @Allowed.Hr
    public void updatePost(Long postId, String title, int establishment, String requiredCredentialType, long version) {
        checkCredentialType(requiredCredentialType);
        Post post = posts.findById(postId).orElseThrow(() -> new BusinessException("error.not-found"));
        scopes.require(post.unitId(), Role.HR);
        post.checkVersion(version);
        Changes changes = Changes.of().field("title", post.title(), title == null ? null : title.trim())
                .field("establishment", post.establishment(), establishment)
                .field("requiredCredential", post.requiredCredentialType(), requiredCredentialType);
        post.change(title, establishment, requiredCredentialType);
        posts.saveAndFlush(post);
        if (!changes.isEmpty()) {
            audit.record("UPDATE", POST, postId, "post " + post.title(), changes.toString());
        }
    }

    @Allowed.Hr
    public void deletePost(Long postId, long version) {
        Post post = posts.findById(postId).orElseThrow(() -> new BusinessException("error.not-found"));
        scopes.require(post.unitId(), Role.HR);
        post.checkVersion(version);
        if (assignments.existsByPostId(postId)) {
            throw new BusinessException("post.error.has-assignments");
        }
        posts.delete(post);
        audit.record("DELETE", POST, postId, "post " + post.title(), null);
    }

    /** Everyone who has held the post, newest first. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<AssignmentRecord> assignmentsOfPost(Long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new BusinessException("error.not-found"));
        scopes.require(post.unitId(), OrgUnits.READERS);
        return records(assignments.findByPostIdOrderByStartDateDesc(postId));
    }

    /** The posts an official holds or held, newest first. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<AssignmentRecord> assignmentsOfOfficial(Long officialId) {
        Official official = officials.findById(officialId).orElseThrow(() -> new BusinessException("error.not-found"));
        scopes.require(official.unitId(), OrgUnits.READERS);
        return records(assignments.findByOfficialIdOrderByStartDateDesc(officialId));
    }

    @Allowed.Hr
    public Long assign(Long postId, Long officialId, AssignmentType type, LocalDate start) {
        Post post = posts.findById(postId).orElseThrow(() -> new BusinessException("error.not-found"));
        Official official = officials.findById(officialId).orElseThrow(() -> new BusinessException("error.not-found"));
        scopes.require(post.unitId(), Role.HR);
        if (!official.active()) {
            throw new BusinessException("assignment.error.official-left", official.name());
        }
        LocalDate from = start == null ? LocalDate.now(clock) : start;
        boolean overlapping = assignments.findByOfficialIdOrderByStartDateDesc(officialId).stream()
                .anyMatch(a -> a.postId().equals(postId) && (a.endDate() == null || !a.endDate().isBefore(from)));
        if (overlapping) {
            throw new BusinessException("assignment.error.already-assigned", official.name());
        }
        PostAssignment a = assignments.save(new PostAssignment(postId, officialId, type, from));
        audit.record("CREATE", ASSIGNMENT, a.getId(), official.name() + " → " + post.title(),
                Changes.of().set("post", postId).set("official", officialId).set("type", a.assignmentType())
                        .set("start", from).toString());
        return a.getId();
    }

    @Allowed.Hr
    public void endAssignment(Long assignmentId, LocalDate end, long version) {
        PostAssignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        Post post = posts.findById(a.postId()).orElseThrow(() -> new BusinessException("error.not-found"));
        scopes.require(post.unitId(), Role.HR);
        a.checkVersion(version);
        LocalDate old = a.endDate();
        a.end(end == null ? LocalDate.now(clock) : end);
        assignments.saveAndFlush(a);
        audit.record("UPDATE", ASSIGNMENT, assignmentId, "end assignment to " + post.title(),
                Changes.of().field("end", old, a.endDate()).toString());
    }

    /** The kinds of post the signed-in official holds today, e.g. to choose the courses meant for them. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Set<PostKind> myPostKinds() {
        Long officialId = currentUser.require().officialId();
        if (officialId == null) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock);
        Set<Long> postIds = assignments.findByOfficialIdOrderByStartDateDesc(officialId).stream()
                .filter(a -> a.activeOn(today)).map(PostAssignment::postId).collect(Collectors.toSet());
        return posts.findAllById(postIds).stream().map(Post::kind).collect(Collectors.toSet());
    }

    private Map<Long, List<PostAssignment>> activeByPost(List<Post> list, LocalDate date) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return assignments.activeOn(list.stream().map(Post::getId).toList(), date).stream()
                .collect(Collectors.groupingBy(PostAssignment::postId));
    }

    private List<AssignmentRecord> records(List<PostAssignment> list) {
        Map<Long, Post> postMap = posts.findAllById(list.stream().map(PostAssignment::postId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Post::getId, Function.identity()));
        Map<Long, Official> people = officials.findAllById(
                list.stream().map(PostAssignment::officialId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Official::getId, Function.identity()));
        // the units of these posts and people (one post's or one official's history: a few)
        Map<Long, OrgUnit> units = scopes.byIds(Stream.concat(postMap.values().stream().map(Post::unitId),
                people.values().stream().map(Official::unitId)).collect(Collectors.toSet()));
        return list.stream().map(a -> {
            Post p = postMap.get(a.postId());
            Official o = people.get(a.officialId());
            return new AssignmentRecord(a.getId(), p.getId(), p.title(), p.kind(), p.unitId(),
                    units.get(p.unitId()).name(), o.getId(), o.name(), o.staffNumber(), units.get(o.unitId()).name(),
                    o.employmentType(), a.assignmentType(), a.startDate(), a.endDate(), a.getVersion());
        }).toList();
    }

    /** The credential types a post may require, code to name in the reader's language. */
    @Allowed.Hr
    public Map<String, String> credentialTypeNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        credentialTypes.forEach(t -> names.putAll(t.names(locale)));
        return names;
    }

    /** A post may only require a credential type that exists. */
    private void checkCredentialType(String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        boolean known = credentialTypes.stream().anyMatch(t -> t.names(Locale.ROOT).containsKey(code.trim()));
        if (!credentialTypes.isEmpty() && !known) {
            throw new BusinessException("post.error.credential", code.trim());
        }
    }
}
