"""The phone page's own words (buttons, hints, progress) in each questionnaire language.

The page shows a participant the questions in their language (domain.translation);
these are the few words around them. The server sends the table of the participant's
language with the state, so the page holds no text of its own beyond the messages it
needs before the server has answered. ``{name}`` marks are filled in by the page.
"""

from __future__ import annotations

from workshop_app.domain.languages import CODES, DEFAULT_LANGUAGE

# key -> (English, German, Simplified Chinese, Korean), in the order of languages.CODES.
_WORDS: dict[str, tuple[str, str, str, str]] = {
    "offline_one": (
        "No connection. 1 answer is kept on this device and will be sent when the "
        "connection is back.",
        "Keine Verbindung. 1 Antwort ist auf diesem Gerät gespeichert und wird gesendet, "
        "sobald die Verbindung wieder steht.",
        "无连接。1 条回答已保存在本设备上，连接恢复后将自动发送。",
        "연결이 끊겼습니다. 답변 1개가 이 기기에 보관되어 있으며 연결이 복구되면 전송됩니다.",
    ),
    "offline_many": (
        "No connection. {n} answers are kept on this device and will be sent when the "
        "connection is back.",
        "Keine Verbindung. {n} Antworten sind auf diesem Gerät gespeichert und werden "
        "gesendet, sobald die Verbindung wieder steht.",
        "无连接。{n} 条回答已保存在本设备上，连接恢复后将自动发送。",
        "연결이 끊겼습니다. 답변 {n}개가 이 기기에 보관되어 있으며 연결이 복구되면 전송됩니다.",
    ),
    "offline": (
        "No connection to the facilitator's laptop.",
        "Keine Verbindung zum Laptop der Moderation.",
        "无法连接主持人的电脑。",
        "진행자의 노트북에 연결되지 않았습니다.",
    ),
    "not_saved": ("Not saved.", "Nicht gespeichert.", "未保存。", "저장되지 않았습니다."),
    "link_ended": (
        "This link is no longer valid.",
        "Dieser Link ist nicht mehr gültig.",
        "此链接已失效。",
        "이 링크는 더 이상 유효하지 않습니다.",
    ),
    "choose_all": (
        "Choose all that apply.",
        "Wählen Sie alles Zutreffende.",
        "请选择所有适用项。",
        "해당하는 항목을 모두 고르십시오.",
    ),
    "rank_hint": (
        "Put the most important first: drag an item by ≡ or move it with ↑ and ↓, then confirm.",
        "Das Wichtigste zuerst: Ziehen Sie einen Eintrag an ≡ oder verschieben Sie ihn "
        "mit ↑ und ↓, dann bestätigen.",
        "把最重要的排在最前：按住 ≡ 拖动，或用 ↑ 和 ↓ 移动，然后确认。",
        "가장 중요한 항목을 맨 위에 두십시오. ≡ 를 끌거나 ↑ 와 ↓ 로 옮긴 뒤 확인하십시오.",
    ),
    "move_up": ("Move up: {label}", "Nach oben: {label}", "上移：{label}", "위로 이동: {label}"),
    "move_down": (
        "Move down: {label}",
        "Nach unten: {label}",
        "下移：{label}",
        "아래로 이동: {label}",
    ),
    "order_saved": (
        "Order saved ✓",
        "Reihenfolge gespeichert ✓",
        "排序已保存 ✓",
        "순서가 저장되었습니다 ✓",
    ),
    "confirm_order": (
        "Confirm this order",
        "Diese Reihenfolge bestätigen",
        "确认此排序",
        "이 순서로 확인",
    ),
    "split_hint": (
        "Split {total} points across the options.",
        "Verteilen Sie {total} Punkte auf die Optionen.",
        "请将 {total} 分分配给各选项。",
        "{total}점을 선택지에 나누어 배분하십시오.",
    ),
    "confirm_split": (
        "Confirm the split",
        "Verteilung bestätigen",
        "确认分配",
        "배분 확인",
    ),
    "total_ok": (
        "Total: {sum} of {total} ✓",
        "Summe: {sum} von {total} ✓",
        "合计：{sum} / {total} ✓",
        "합계: {total} 중 {sum} ✓",
    ),
    "total_left": (
        "Total: {sum} of {total} — {left} left",
        "Summe: {sum} von {total} — noch {left}",
        "合计：{sum} / {total} — 还剩 {left}",
        "합계: {total} 중 {sum} — {left} 남음",
    ),
    "points_for": (
        "Points for {label}",
        "Punkte für {label}",
        "{label} 的分数",
        "{label} 점수",
    ),
    "at_least": ("at least {min}", "mindestens {min}", "至少 {min}", "최소 {min}"),
    "at_most": ("at most {max}", "höchstens {max}", "至多 {max}", "최대 {max}"),
    "in_unit": ("In {unit}.", "In {unit}.", "单位：{unit}。", "단위: {unit}."),
    "your_answer": ("Your answer", "Ihre Antwort", "您的回答", "귀하의 답변"),
    "save_answer": ("Save answer", "Antwort speichern", "保存回答", "답변 저장"),
    "type_number": (
        "Type a number.",
        "Geben Sie eine Zahl ein.",
        "请输入数字。",
        "숫자를 입력하십시오.",
    ),
    "below_min": (
        "The number is below {min}.",
        "Die Zahl liegt unter {min}.",
        "数字低于 {min}。",
        "숫자가 {min}보다 작습니다.",
    ),
    "above_max": (
        "The number is above {max}.",
        "Die Zahl liegt über {max}.",
        "数字高于 {max}。",
        "숫자가 {max}보다 큽니다.",
    ),
    "type_first": (
        "Type your answer first.",
        "Geben Sie zuerst Ihre Antwort ein.",
        "请先输入您的回答。",
        "먼저 답변을 입력하십시오.",
    ),
    "answered_of": (
        "{k} of {n} answered",
        "{k} von {n} beantwortet",
        "已回答 {k} / {n}",
        "{n}개 중 {k}개 답변",
    ),
    "question_of": (
        "Question {i} of {n} · {k} answered",
        "Frage {i} von {n} · {k} beantwortet",
        "第 {i} 题，共 {n} 题 · 已回答 {k}",
        "{n}개 중 {i}번째 질문 · {k}개 답변",
    ),
    "not_saved_because": (
        "Not saved: {error}",
        "Nicht gespeichert: {error}",
        "未保存：{error}",
        "저장되지 않았습니다: {error}",
    ),
    "sending": (
        "Kept on this device; sending…",
        "Auf diesem Gerät gespeichert; wird gesendet …",
        "已保存在本设备上，正在发送…",
        "이 기기에 보관됨, 전송 중…",
    ),
    "saved": ("Saved ✓", "Gespeichert ✓", "已保存 ✓", "저장됨 ✓"),
    "ready": (
        "Ready to finish?",
        "Bereit zum Abschließen?",
        "准备好结束了吗？",
        "마무리하시겠습니까?",
    ),
    "missing_hint": (
        "These questions have no answer yet; you may still answer them:",
        "Diese Fragen sind noch unbeantwortet; Sie können sie noch beantworten:",
        "以下问题尚未回答，您仍可作答：",
        "아직 답하지 않은 질문입니다. 지금 답할 수 있습니다:",
    ),
    "all_answered": (
        "You answered every question. After “I'm done” you cannot change your answers "
        "unless the facilitator reopens them.",
        "Sie haben alle Fragen beantwortet. Nach „Ich bin fertig“ können Sie Ihre "
        "Antworten nur ändern, wenn die Moderation sie wieder freigibt.",
        "您已回答所有问题。点击“我已完成”后，除非主持人重新开放，您将无法再修改回答。",
        "모든 질문에 답했습니다. ‘완료’를 누른 뒤에는 진행자가 다시 열어 주지 않는 한 "
        "답변을 바꿀 수 없습니다.",
    ),
    "not_sent": (
        "{n} answer(s) not sent yet; stay on the room's network.",
        "{n} Antwort(en) noch nicht gesendet; bleiben Sie im Netzwerk des Raums.",
        "还有 {n} 条回答未发送，请保持连接会议室网络。",
        "답변 {n}개가 아직 전송되지 않았습니다. 회의실 네트워크에 계속 연결해 두십시오.",
    ),
    "done": ("I'm done", "Ich bin fertig", "我已完成", "완료"),
    "thanks": (
        "Thank you, {name}!",
        "Vielen Dank, {name}!",
        "谢谢您，{name}！",
        "{name}님, 감사합니다!",
    ),
    "saved_close": (
        "Your answers are saved. You can close this page.",
        "Ihre Antworten sind gespeichert. Sie können diese Seite schließen.",
        "您的回答已保存，可以关闭此页面。",
        "답변이 저장되었습니다. 이 페이지를 닫아도 됩니다.",
    ),
    "reopen_hint": (
        "To change an answer now, ask the facilitator to reopen your questionnaire.",
        "Um jetzt noch eine Antwort zu ändern, bitten Sie die Moderation, Ihren "
        "Fragebogen wieder freizugeben.",
        "如需修改回答，请联系主持人重新开放您的问卷。",
        "답변을 바꾸려면 진행자에게 설문을 다시 열어 달라고 요청하십시오.",
    ),
    "no_questions": (
        "There are no questions for you in this workshop.",
        "In diesem Workshop gibt es keine Fragen für Sie.",
        "本次研讨会没有需要您回答的问题。",
        "이 워크숍에는 귀하에게 해당하는 질문이 없습니다.",
    ),
    "back": ("← Back", "← Zurück", "← 上一题", "← 이전"),
    "finish": ("Finish →", "Abschließen →", "完成 →", "마무리 →"),
    "next": ("Next →", "Weiter →", "下一题 →", "다음 →"),
    "link_invalid": (
        "This link is not valid. Ask the facilitator for yours.",
        "Dieser Link ist nicht gültig. Bitten Sie die Moderation um Ihren Link.",
        "此链接无效。请向主持人索取您的链接。",
        "유효하지 않은 링크입니다. 진행자에게 본인의 링크를 요청하십시오.",
    ),
    "unreachable": (
        "Cannot reach the facilitator's laptop. Check that you are on the room's "
        "network, then reload this page.",
        "Der Laptop der Moderation ist nicht erreichbar. Prüfen Sie, ob Sie im Netzwerk "
        "des Raums sind, und laden Sie die Seite dann neu.",
        "无法连接主持人的电脑。请确认您已连接会议室网络，然后重新加载此页面。",
        "진행자의 노트북에 연결할 수 없습니다. 회의실 네트워크에 연결되어 있는지 확인한 뒤 "
        "이 페이지를 새로 고치십시오.",
    ),
    "open_link": (
        "Open the personal link from your handout.",
        "Öffnen Sie den persönlichen Link aus Ihrem Handout.",
        "请打开您资料中的个人链接。",
        "안내문에 있는 개인 링크를 여십시오.",
    ),
    "dont_know": ("Don't know", "Weiß nicht", "不知道", "모름"),
}


def chrome_words(language: str) -> dict[str, str]:
    """The page's words in ``language`` (English for a language the product lacks)."""
    at = CODES.index(language) if language in CODES else CODES.index(DEFAULT_LANGUAGE)
    return {key: words[at] for key, words in _WORDS.items()}


def html_lang(language: str) -> str:
    """The HTML lang attribute for a language code: zh_CN -> zh-CN."""
    return language.replace("_", "-")
