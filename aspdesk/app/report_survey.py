"""The report's section on survey rounds: who answered, who has not, what each changed.

Names of organisations only: the report is shared, so no e-mail addresses of those still
to answer (the survey window shows them while personal data is shown).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import Actor
from aspdesk.domain.survey import Action, SurveyRound, summary
from aspdesk.domain.text import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
CONTEXT = "Report"

SURVEYS = QT_TRANSLATE_NOOP("Report", "Survey rounds")
ROUND = QT_TRANSLATE_NOOP("Report", "{cluster}, sent {date}")
STATUS = QT_TRANSLATE_NOOP(
    "Report", "Asked {asked}, answered {answered}, not answered {waiting}; answers due {due}."
)
CHANGED = QT_TRANSLATE_NOOP(
    "Report",
    "What the answers did: confirmed {confirmed}, ended {ended}, changed {changed}, added {added}.",
)
ANSWERED = QT_TRANSLATE_NOOP("Report", "Answered: {names}")
WAITING = QT_TRANSLATE_NOOP("Report", "Not answered yet: {names}")


def survey_section(
    rounds: Sequence[SurveyRound], actors: Sequence[Actor], language: str, translate: Translate
) -> list[str]:
    """The section, newest round first; nothing when the map has no rounds."""
    if not rounds:
        return []

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    names: Mapping[int | None, str] = {a.id: a.name for a in actors}

    def listed(ids: Sequence[int]) -> str:
        return ", ".join(names.get(i, f"#{i}") for i in ids) or "–"

    rows = [f"<h2 style='page-break-before: always'>{escape(tr(SURVEYS))}</h2>"]
    for survey_round in reversed(rounds):
        title = tr(ROUND).format(
            cluster=survey_round.cluster_name,
            date=format_date(survey_round.created_on, language),
        )
        counts = summary(survey_round)
        facts = [
            tr(STATUS).format(
                asked=len(survey_round.asked),
                answered=len(survey_round.answered()),
                waiting=len(survey_round.waiting()),
                due=format_date(survey_round.due, language),
            ),
            tr(CHANGED).format(
                confirmed=counts[Action.CONFIRMED],
                ended=counts[Action.ENDED],
                changed=counts[Action.CHANGED],
                added=counts[Action.ADDED],
            ),
            tr(ANSWERED).format(names=listed([a.actor_id for a in survey_round.answers])),
            tr(WAITING).format(names=listed(survey_round.waiting())),
        ]
        rows.append(f"<h3>{escape(title)}</h3>")
        rows.append("<p>" + "<br>".join(escape(f) for f in facts) + "</p>")
    return rows
