-- Which questions an exam draws from (quiz.QuestionPool): exams take practice and exam-only reserve questions by
-- default; course quizzes never take reserve questions.
alter table exam add column question_pool varchar(32) default 'PRACTICE_AND_RESERVE' not null;
update exam set question_pool = 'PRACTICE_ONLY' where kind = 'COURSE_QUIZ';
