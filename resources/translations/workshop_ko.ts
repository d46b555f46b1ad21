<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name></name>
    <message>
        <source>This link is no longer valid. Ask the facilitator for yours.</source>
        <translation>이 링크는 더 이상 유효하지 않습니다. 진행자에게 본인의 링크를 요청하세요.</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>답변을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>You said you are done; ask the facilitator to reopen.</source>
        <translation>완료했다고 표시하셨습니다. 다시 열려면 진행자에게 요청하세요.</translation>
    </message>
    <message>
        <source>That is not one of your questions.</source>
        <translation>본인에게 해당하는 질문이 아닙니다.</translation>
    </message>
    <message>
        <source>{name}: answer to {question}</source>
        <translation>{name}: {question}에 대한 답변</translation>
    </message>
    <message>
        <source>{name} is done</source>
        <translation>{name} 완료</translation>
    </message>
    <message>
        <source>Cannot listen on {host} port {port}: {why}. Choose another address or port.</source>
        <translation>{host}의 포트 {port}에서 수신할 수 없습니다: {why}. 다른 주소나 포트를 선택하세요.</translation>
    </message>
    <message>
        <source>Too many wrong links; wait a minute.</source>
        <translation>잘못된 링크가 너무 많습니다. 1분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Answering has stopped for now.</source>
        <translation>답변 접수가 잠시 중단되었습니다.</translation>
    </message>
    <message>
        <source>Refused: open the link exactly as it was given.</source>
        <translation>거부됨: 받은 링크를 그대로 여세요.</translation>
    </message>
    <message>
        <source>This link is not valid. Ask the facilitator for yours.</source>
        <translation>이 링크는 유효하지 않습니다. 진행자에게 본인의 링크를 요청하세요.</translation>
    </message>
    <message>
        <source>Refused: the request came from another site.</source>
        <translation>거부됨: 다른 사이트에서 온 요청입니다.</translation>
    </message>
    <message>
        <source>Refused: reload the page and try again.</source>
        <translation>거부됨: 페이지를 새로 고친 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The answer must be sent as JSON.</source>
        <translation>답변은 JSON 형식으로 보내야 합니다.</translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation>답변이 너무 깁니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>새 워크숍(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>데모 워크숍 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;answers (CSV)…</source>
        <translation>답변 가져오기 (CSV)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;pre-work workbook…</source>
        <translation>사전 작업 통합 문서 가져오기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the &amp;questionnaire…</source>
        <translation>설문지 편집(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>프레젠테이션 모드(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Glossary of the questionnaire</source>
        <translation>설문지 용어집(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Partnership Workshop</source>
        <translation>Partnership Workshop 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong inside Partnership Workshop. Your last saved change is safe in the workshop file; the app keeps running. Please send the details below to your support contact.</source>
        <translation>Partnership Workshop 내부에서 문제가 발생했습니다. 마지막으로 저장된 변경 사항은 워크숍 파일에 안전하게 보관되어 있으며 앱은 계속 실행됩니다. 아래 세부 정보를 지원 담당자에게 보내 주세요.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 세부 정보</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(로그 파일 없음)</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>로그 파일: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>No owner: nobody decides and nobody has joint approval.</source>
        <translation>책임자 없음: 결정하는 사람도, 공동 승인권을 가진 사람도 없습니다.</translation>
    </message>
    <message>
        <source>Two or more partners decide alone: say who has the final word.</source>
        <translation>둘 이상의 파트너가 단독으로 결정합니다: 최종 결정권자를 정하세요.</translation>
    </message>
    <message>
        <source>One partner decides alone but the decision is also marked joint approval: keep one.</source>
        <translation>한 파트너가 단독 결정하지만 공동 승인으로도 표시되어 있습니다: 하나만 남기세요.</translation>
    </message>
    <message>
        <source>Only one partner is marked for joint approval: joint approval needs at least two partners.</source>
        <translation>공동 승인으로 표시된 파트너가 하나뿐입니다: 공동 승인에는 최소 두 파트너가 필요합니다.</translation>
    </message>
    <message>
        <source>The last workshop, {path}, is no longer there.</source>
        <translation>마지막 워크숍 {path}이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>This questionnaire has no glossary.</source>
        <translation>이 설문지에는 용어집이 없습니다.</translation>
    </message>
    <message>
        <source>does not know (no position)</source>
        <translation>모름 (입장 없음)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>답변 없음</translation>
    </message>
    <message>
        <source>; {n} said don&apos;t know</source>
        <translation>; {n}명이 &apos;모름&apos;으로 답함</translation>
    </message>
    <message>
        <source>Defined {value} (0% not discussed, 100% agreed in writing)</source>
        <translation>정의 수준 {value} (0%는 논의 안 됨, 100%는 서면 합의)</translation>
    </message>
    <message>
        <source>{n} answered</source>
        <translation>{n}명 응답</translation>
    </message>
    <message>
        <source>, consensus {value}</source>
        <translation>, 합의도 {value}</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>median {value}; answers: {spread} ({people})</source>
        <translation>중앙값 {value}; 답변: {spread} ({people})</translation>
    </message>
    <message>
        <source>mean rank: {parts} ({people})</source>
        <translation>평균 순위: {parts} ({people})</translation>
    </message>
    <message>
        <source>Program baseline: architecture</source>
        <translation>프로그램 기준선: 아키텍처</translation>
    </message>
    <message>
        <source>design vs industrialization</source>
        <translation>설계 대 양산화</translation>
    </message>
    <message>
        <source>Program baseline: cost</source>
        <translation>프로그램 기준선: 비용</translation>
    </message>
    <message>
        <source>engineering vs purchasing</source>
        <translation>엔지니어링 대 구매</translation>
    </message>
    <message>
        <source>Program baseline: timing</source>
        <translation>프로그램 기준선: 일정</translation>
    </message>
    <message>
        <source>Change control of the program baselines</source>
        <translation>프로그램 기준선의 변경 관리</translation>
    </message>
    <message>
        <source>Deviations from the baseline</source>
        <translation>기준선 대비 편차</translation>
    </message>
    <message>
        <source>Quality and standards disputes</source>
        <translation>품질 및 표준 관련 분쟁</translation>
    </message>
    <message>
        <source>Design to industrialization hand-over</source>
        <translation>설계에서 양산화로의 이관</translation>
    </message>
    <message>
        <source>Supplier selection</source>
        <translation>공급업체 선정</translation>
    </message>
    <message>
        <source>Hardware vs software release scope</source>
        <translation>하드웨어 대 소프트웨어 출시 범위</translation>
    </message>
    <message>
        <source>hardware vs software</source>
        <translation>하드웨어 대 소프트웨어</translation>
    </message>
    <message>
        <source>Regional vs global variants</source>
        <translation>지역 대 글로벌 변형 모델</translation>
    </message>
    <message>
        <source>global vs regional</source>
        <translation>글로벌 대 지역</translation>
    </message>
    <message>
        <source>Speed vs customization trade-offs</source>
        <translation>속도 대 맞춤화의 절충</translation>
    </message>
    <message>
        <source>Cost vs performance trade-offs</source>
        <translation>비용 대 성능의 절충</translation>
    </message>
    <message>
        <source>Dispute resolution between partners</source>
        <translation>파트너 간 분쟁 해결</translation>
    </message>
    <message>
        <source>Workshop damaged</source>
        <translation>워크숍 손상됨</translation>
    </message>
    <message>
        <source>{problem}

Put the newest healthy backup in its place now? The damaged file is kept in the backup folder.</source>
        <translation>{problem}

가장 최근의 정상 백업으로 지금 교체할까요? 손상된 파일은 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>백업이 복원되지 않음</translation>
    </message>
    <message>
        <source>competitively sensitive: share only within the clean-team rules</source>
        <translation>경쟁상 민감: 클린팀 규칙 범위 내에서만 공유</translation>
    </message>
    <message>
        <source> … (full text in the full report)</source>
        <translation> … (전체 내용은 전체 보고서 참조)</translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation>경영진 요약</translation>
    </message>
    <message>
        <source>Full workshop report</source>
        <translation>워크숍 전체 보고서</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>십억</translation>
    </message>
    <message>
        <source>m</source>
        <translation>백만</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>한 참가자</translation>
    </message>
    <message>
        <source>{partner} promises {peak} {unit} against {capacity} declared</source>
        <translation>{partner}은(는) 신고 역량 {capacity} 대비 {peak} {unit}을(를) 약속</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>아직 파트너 없음</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>날짜 미정</translation>
    </message>
    <message>
        <source>Facilitator: </source>
        <translation>진행자: </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>미정</translation>
    </message>
    <message>
        <source>Not labelled</source>
        <translation>기밀 등급 없음</translation>
    </message>
    <message>
        <source>To decide before signing</source>
        <translation>서명 전 결정 사항</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Alignment index</source>
        <translation>정렬 지수</translation>
    </message>
    <message>
        <source>mean of the element scores, 0 = none, 100 = full agreement</source>
        <translation>요소 점수의 평균, 0 = 없음, 100 = 완전 합의</translation>
    </message>
    <message>
        <source>not available: no scored answers from two or more partners yet</source>
        <translation>없음: 두 곳 이상의 파트너로부터 채점된 답변이 아직 없음</translation>
    </message>
    <message>
        <source>Definition index</source>
        <translation>정의 지수</translation>
    </message>
    <message>
        <source>how far the terms are defined, 0 = not discussed, 100 = agreed in writing</source>
        <translation>조건이 정의된 정도, 0 = 논의 안 됨, 100 = 서면 합의</translation>
    </message>
    <message>
        <source>not available: no definition question answered yet</source>
        <translation>없음: 아직 답한 정의 질문이 없음</translation>
    </message>
    <message>
        <source>Readiness checks passed</source>
        <translation>통과한 준비 점검</translation>
    </message>
    <message>
        <source>{value}% of the checks before the term sheet</source>
        <translation>조건 요약서 전 점검의 {value}%</translation>
    </message>
    <message>
        <source>Gaps not resolved</source>
        <translation>미해결 격차</translation>
    </message>
    <message>
        <source>of {n} gaps: partners differ, nobody has defined it, or a partner does not know</source>
        <translation>전체 격차 {n}개 중: 파트너 간 차이, 아무도 정의하지 않음, 또는 한 파트너가 모름</translation>
    </message>
    <message>
        <source>discussed, not agreed</source>
        <translation>논의됨, 합의 안 됨</translation>
    </message>
    <message>
        <source>No gap blocks signing: every question below the gap threshold is resolved.</source>
        <translation>서명을 막는 격차가 없습니다: 격차 기준값 미만의 모든 질문이 해결되었습니다.</translation>
    </message>
    <message>
        <source>No gaps: no question is below the gap threshold, or too few answers are in yet.</source>
        <translation>격차 없음: 격차 기준값 미만인 질문이 없거나 아직 답변이 너무 적습니다.</translation>
    </message>
    <message>
        <source>Gaps that block signing</source>
        <translation>서명을 막는 격차</translation>
    </message>
    <message>
        <source>Gaps that block signing ({n})</source>
        <translation>서명을 막는 격차 ({n})</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Where each partner stands</source>
        <translation>각 파트너의 입장</translation>
    </message>
    <message>
        <source>{n} more open gaps are listed under “{section}”.</source>
        <translation>미해결 격차 {n}개가 &apos;{section}&apos;에 더 있습니다.</translation>
    </message>
    <message>
        <source>Alignment by element</source>
        <translation>요소별 정렬도</translation>
    </message>
    <message>
        <source>{n} more under “{section}”.</source>
        <translation>&apos;{section}&apos;에 {n}건 더 있습니다.</translation>
    </message>
    <message>
        <source>Readiness checks not passed ({n})</source>
        <translation>통과하지 못한 준비 점검 ({n})</translation>
    </message>
    <message>
        <source>Capacity overloads ({n})</source>
        <translation>역량 초과 ({n})</translation>
    </message>
    <message>
        <source>Contributions by partner</source>
        <translation>파트너별 기여</translation>
    </message>
    <message>
        <source>Decision-rights conflicts ({n})</source>
        <translation>의사결정 권한 충돌 ({n})</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>의사결정 권한</translation>
    </message>
    <message>
        <source>No open actions, gaps or readiness checks.</source>
        <translation>미결 실행 항목, 격차, 준비 점검이 없습니다.</translation>
    </message>
    <message>
        <source>owner not named yet</source>
        <translation>담당자 미지정</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>기한 {date}</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>날짜 미정</translation>
    </message>
    <message>
        <source>No scored answers yet</source>
        <translation>아직 채점된 답변 없음</translation>
    </message>
    <message>
        <source>gap threshold</source>
        <translation>격차 기준값</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>아직 채점 안 됨</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>합작 투자사</translation>
    </message>
    <message>
        <source>And {n} more in the full report.</source>
        <translation>전체 보고서에 {n}건이 더 있습니다.</translation>
    </message>
    <message>
        <source>{report} of the partnership workshop {title}</source>
        <translation>파트너십 워크숍 {title}의 {report}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{total}쪽 중 {n}쪽</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>준비 점검</translation>
    </message>
    <message>
        <source>No readiness checks.</source>
        <translation>준비 점검이 없습니다.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>부족한 내용</translation>
    </message>
    <message>
        <source>Questions in detail</source>
        <translation>질문 상세</translation>
    </message>
    <message>
        <source>No questions in this section.</source>
        <translation>이 섹션에는 질문이 없습니다.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>채점 안 함</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>아직 답변이 없습니다.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Answers (identical answers counted once)</source>
        <translation>답변 (같은 답변은 한 번만 집계)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Position (share of people choosing each option)</source>
        <translation>입장 (각 옵션을 고른 인원 비율)</translation>
    </message>
    <message>
        <source>Position (order by mean rank)</source>
        <translation>입장 (평균 순위순)</translation>
    </message>
    <message>
        <source>Position (mean share of the points)</source>
        <translation>입장 (점수의 평균 비율)</translation>
    </message>
    <message>
        <source>{passed} of {total} checks passed.</source>
        <translation>점검 {total}개 중 {passed}개 통과.</translation>
    </message>
    <message>
        <source>Element score {value} of 100.</source>
        <translation>요소 점수 100점 중 {value}점.</translation>
    </message>
    <message>
        <source> (text question)</source>
        <translation> (서술형 질문)</translation>
    </message>
    <message>
        <source>: fewer than two partners answered</source>
        <translation>: 답한 파트너가 두 곳 미만</translation>
    </message>
    <message>
        <source>Alignment {value} of 100</source>
        <translation>정렬도 100점 중 {value}점</translation>
    </message>
    <message>
        <source>furthest apart: {pair}</source>
        <translation>차이가 가장 큼: {pair}</translation>
    </message>
    <message>
        <source>weight {value}</source>
        <translation>가중치 {value}</translation>
    </message>
    <message>
        <source>single voice</source>
        <translation>단일 응답</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>합의도</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>논의</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>합의된 입장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미결</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>No participants recorded yet.</source>
        <translation>아직 기록된 참가자가 없습니다.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Finished answering</source>
        <translation>답변 완료</translation>
    </message>
    <message>
        <source>Questionnaire: {title} ({id}, version {version}), {n} questions.</source>
        <translation>설문지: {title} ({id}, 버전 {version}), 질문 {n}개.</translation>
    </message>
    <message>
        <source>Answers are shown per partner; no answer is attributed to a person. Long texts and lists are cut here; the full report has all of them.</source>
        <translation>답변은 파트너별로 표시되며 개인에게 귀속되지 않습니다. 긴 텍스트와 목록은 여기서 줄였으며 전체 보고서에 모두 있습니다.</translation>
    </message>
    <message>
        <source>Emoji are printed as their name in brackets, e.g. [automobile]: the report fonts have none.</source>
        <translation>이모지는 괄호 안의 이름으로 인쇄됩니다 (예: [automobile]). 보고서 글꼴에는 이모지가 없습니다.</translation>
    </message>
    <message>
        <source>No scored answers yet: alignment needs answers from two or more partners.</source>
        <translation>아직 채점된 답변이 없습니다: 정렬도를 계산하려면 두 곳 이상의 파트너 답변이 필요합니다.</translation>
    </message>
    <message>
        <source>Scores from 0 (no alignment) to 100 (full agreement). Questions below {threshold} count as gaps.</source>
        <translation>점수는 0(정렬 없음)부터 100(완전 합의)까지입니다. {threshold} 미만인 질문은 격차로 집계됩니다.</translation>
    </message>
    <message>
        <source>Partner pair</source>
        <translation>파트너 쌍</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>By partner pair</source>
        <translation>파트너 쌍별</translation>
    </message>
    <message>
        <source>Gaps ({n})</source>
        <translation>격차 ({n})</translation>
    </message>
    <message>
        <source>The {n} largest of {total} gaps</source>
        <translation>격차 {total}개 중 가장 큰 {n}개</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>문항</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>요소</translation>
    </message>
    <message>
        <source>Furthest apart</source>
        <translation>차이가 가장 큰 쌍</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Where a partner&apos;s own team disagrees</source>
        <translation>파트너 내부 팀의 이견</translation>
    </message>
    <message>
        <source>Open (discussed)</source>
        <translation>미결 (논의됨)</translation>
    </message>
    <message>
        <source>No contributions recorded yet.</source>
        <translation>아직 기록된 기여가 없습니다.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>기여</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>To</source>
        <translation>수령자</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>가치</translation>
    </message>
    <message>
        <source>Totals and balance</source>
        <translation>합계 및 균형</translation>
    </message>
    <message>
        <source>Gives: the value of what a partner contributes; gets: the value of contributions made to it directly. Contributions to the joint venture as a whole benefit all partners and are listed separately. Amounts are summed per currency, not converted.</source>
        <translation>제공: 파트너가 기여하는 것의 가치, 수령: 그 파트너에게 직접 제공된 기여의 가치. 합작 투자사 전체에 대한 기여는 모든 파트너에게 이익이 되며 따로 표시합니다. 금액은 통화별로 합산하며 환산하지 않습니다.</translation>
    </message>
    <message>
        <source>Gate: {gate}</source>
        <translation>게이트: {gate}</translation>
    </message>
    <message>
        <source>Tracked by: {metric}</source>
        <translation>추적 지표: {metric}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>담당자: {owner}</translation>
    </message>
    <message>
        <source>Joint venture as a whole</source>
        <translation>합작 투자사 전체</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>약정</translation>
    </message>
    <message>
        <source>Gives (value)</source>
        <translation>제공 (가치)</translation>
    </message>
    <message>
        <source>Gets (value)</source>
        <translation>수령 (가치)</translation>
    </message>
    <message>
        <source>No decision rights recorded yet.</source>
        <translation>아직 기록된 의사결정 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>의사결정</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>결정 주체</translation>
    </message>
    <message>
        <source>blank: no part in the decision</source>
        <translation>빈칸: 의사결정에 관여하지 않음</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>거버넌스</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>거버넌스 기구</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>기구</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>회의 주기</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>의장</translation>
    </message>
    <message>
        <source>No governance bodies recorded yet.</source>
        <translation>아직 기록된 거버넌스 기구가 없습니다.</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n}일</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>에스컬레이션 경로</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Taken to</source>
        <translation>회부 대상</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>진행 내용</translation>
    </message>
    <message>
        <source>No escalation path recorded yet.</source>
        <translation>아직 기록된 에스컬레이션 경로가 없습니다.</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>검토 시점</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>May decide</source>
        <translation>결정 가능 사항</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>No review points recorded yet.</source>
        <translation>아직 기록된 검토 시점이 없습니다.</translation>
    </message>
    <message>
        <source>Exit terms</source>
        <translation>탈퇴 조건</translation>
    </message>
    <message>
        <source>Renewal timeline</source>
        <translation>갱신 일정</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>통지 기간</translation>
    </message>
    <message>
        <source>Obligations after exit</source>
        <translation>탈퇴 후 의무</translation>
    </message>
    <message>
        <source>Rules for changes</source>
        <translation>변경 규칙</translation>
    </message>
    <message>
        <source>No exit terms recorded yet.</source>
        <translation>아직 기록된 탈퇴 조건이 없습니다.</translation>
    </message>
    <message>
        <source>Exit triggers</source>
        <translation>탈퇴 사유</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>통지 기간</translation>
    </message>
    <message>
        <source>No exit triggers recorded yet.</source>
        <translation>아직 기록된 탈퇴 사유가 없습니다.</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>아직 합의되지 않음</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>공동 창출</translation>
    </message>
    <message>
        <source>Shared assets on exit</source>
        <translation>탈퇴 시 공유 자산</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>제공자</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>탈퇴 시</translation>
    </message>
    <message>
        <source>No shared assets recorded yet.</source>
        <translation>아직 기록된 공유 자산이 없습니다.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>실행 항목</translation>
    </message>
    <message>
        <source>No action items recorded yet.</source>
        <translation>아직 기록된 실행 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>실행 항목</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>조항 문구</translation>
    </message>
    <message>
        <source>Where the partners stand</source>
        <translation>파트너별 입장</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>실행 항목</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>진행자 메모</translation>
    </message>
    <message>
        <source>Not agreed (draft on file: {draft}).</source>
        <translation>합의되지 않음 (보관된 초안: {draft}).</translation>
    </message>
    <message>
        <source>Not agreed.</source>
        <translation>합의되지 않음.</translation>
    </message>
    <message>
        <source>Not yet defined: no partner has defined this yet.</source>
        <translation>아직 정의되지 않음: 아직 어떤 파트너도 이를 정의하지 않았습니다.</translation>
    </message>
    <message>
        <source>(Draft on file: {draft})</source>
        <translation>(보관된 초안: {draft})</translation>
    </message>
    <message>
        <source> … (shortened: see the app)</source>
        <translation> … (줄임: 앱에서 확인)</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>기여</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>정렬도</translation>
    </message>
    <message>
        <source>{clause} (no row yet)</source>
        <translation>{clause} (아직 행 없음)</translation>
    </message>
    <message>
        <source>no clause named</source>
        <translation>지정된 조항 없음</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>미결 사항</translation>
    </message>
    <message>
        <source>What must be settled before signing, with a link to the clause or row each concerns; then the action items.</source>
        <translation>서명 전에 정해야 할 사항과 각 사항이 관련된 조항 또는 행으로의 링크, 그다음 실행 항목입니다.</translation>
    </message>
    <message>
        <source>Open gaps ({n})</source>
        <translation>미해결 격차 ({n})</translation>
    </message>
    <message>
        <source>Alignment %</source>
        <translation>정렬도 %</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>부족한 내용</translation>
    </message>
    <message>
        <source>Where to fix it</source>
        <translation>해결 위치</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Declared capacity</source>
        <translation>신고 역량</translation>
    </message>
    <message>
        <source>Promised at peak</source>
        <translation>최대 약정</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>Contribution clauses</source>
        <translation>기여 조항</translation>
    </message>
    <message>
        <source>Capacity overload</source>
        <translation>역량 초과</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>실행 항목 ID</translation>
    </message>
    <message>
        <source>From gap</source>
        <translation>출처 격차</translation>
    </message>
    <message>
        <source>Action items ({n})</source>
        <translation>실행 항목 ({n})</translation>
    </message>
    <message>
        <source>Takes the decision alone</source>
        <translation>단독으로 결정</translation>
    </message>
    <message>
        <source>The decision needs this party&apos;s approval together with the others marked J</source>
        <translation>이 당사자와 J로 표시된 다른 당사자의 공동 승인이 필요</translation>
    </message>
    <message>
        <source>Is asked before the decision is taken</source>
        <translation>결정 전에 의견을 구함</translation>
    </message>
    <message>
        <source>Is told once the decision is taken</source>
        <translation>결정 후 통보받음</translation>
    </message>
    <message>
        <source>Term sheet: {title}</source>
        <translation>조건 요약서: {title}</translation>
    </message>
    <message>
        <source>Partnership term sheet</source>
        <translation>파트너십 조건 요약서</translation>
    </message>
    <message>
        <source>Draft term sheet from the partnership workshop &apos;{title}&apos;.</source>
        <translation>파트너십 워크숍 &apos;{title}&apos;의 조건 요약서 초안.</translation>
    </message>
    <message>
        <source>{title}: alignment, readiness and the partners · {confidentiality}</source>
        <translation>{title}: 정렬도, 준비 상태 및 파트너 · {confidentiality}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>워크숍</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Primary purpose</source>
        <translation>주요 목적</translation>
    </message>
    <message>
        <source>Secondary purposes</source>
        <translation>부차 목적</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>진행자</translation>
    </message>
    <message>
        <source>Alignment index (0–100)</source>
        <translation>정렬 지수 (0–100)</translation>
    </message>
    <message>
        <source>Definition index (0–100)</source>
        <translation>정의 지수 (0–100)</translation>
    </message>
    <message>
        <source>Readiness (checks passed)</source>
        <translation>준비 상태 (통과한 점검)</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>기밀 등급</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Clause A.x per goals question (head 2 of the heads of terms): agreed where its gap is resolved, open (with each partner&apos;s position) where it is not.</source>
        <translation>목표 질문마다 조항 A.x(주요 조건 2항): 격차가 해소되면 합의, 그렇지 않으면 미결(각 파트너의 입장 포함).</translation>
    </message>
    <message>
        <source>Aligned: {position}</source>
        <translation>입장 일치: {position}</translation>
    </message>
    <message>
        <source>What each partner brings, in executable terms (clauses B.x; head 4 of the heads of terms). Subtotals below are formulas over the whole table.</source>
        <translation>각 파트너가 제공하는 것을 실행 가능한 조건으로 정리(조항 B.x, 주요 조건 4항). 아래 소계는 표 전체에 대한 수식입니다.</translation>
    </message>
    <message>
        <source>Who decides at the seams (clauses C.x; head 6 of the heads of terms). D = decides, J = joint approval, C = consulted, I = informed; the cells offer these codes in a drop-down.</source>
        <translation>접점에서 누가 결정하는가(조항 C.x, 주요 조건 6항). D = 결정, J = 공동 승인, C = 협의, I = 통보. 셀에서 드롭다운으로 이 코드를 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>{partner}: answers</source>
        <translation>{partner}: 답변</translation>
    </message>
    <message>
        <source>{n} written answers, too long for one cell; see the app.</source>
        <translation>서술형 답변 {n}개, 한 셀에 담기에 너무 깁니다. 앱에서 확인하세요.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Milestone gate</source>
        <translation>마일스톤 게이트</translation>
    </message>
    <message>
        <source>Tracking metric</source>
        <translation>추적 지표</translation>
    </message>
    <message>
        <source>For</source>
        <translation>수령자</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>평가액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Subtotals by partner</source>
        <translation>파트너별 소계</translation>
    </message>
    <message>
        <source>Valuation subtotal</source>
        <translation>평가액 소계</translation>
    </message>
    <message>
        <source>Seam</source>
        <translation>접점</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>결정 기구</translation>
    </message>
    <message>
        <source>Decision-rights conflict</source>
        <translation>의사결정 권한 충돌</translation>
    </message>
    <message>
        <source>Decision right</source>
        <translation>의사결정 권한</translation>
    </message>
    <message>
        <source>Choose D (decides), J (joint approval), C (consulted) or I (informed).</source>
        <translation>D(결정), J(공동 승인), C(협의), I(통보) 중에서 선택하세요.</translation>
    </message>
    <message>
        <source>D, J, C or I</source>
        <translation>D, J, C 또는 I</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>뜻</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>기한 (일)</translation>
    </message>
    <message>
        <source>May decide to</source>
        <translation>결정 가능 사항</translation>
    </message>
    <message>
        <source>Bodies, the escalation path and the review points (clauses D.x; heads 6, 7 and 12 of the heads of terms).</source>
        <translation>기구, 에스컬레이션 경로 및 검토 시점(조항 D.x, 주요 조건 6, 7, 12항).</translation>
    </message>
    <message>
        <source>Renewal, exit triggers, shared assets and how changes are proposed (clauses E.x; head 12 of the heads of terms).</source>
        <translation>갱신, 종료 사유, 공유 자산 및 변경 제안 방식(조항 E.x, 주요 조건 12항).</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>통지 기간 (일)</translation>
    </message>
    <message>
        <source>Shared assets</source>
        <translation>공유 자산</translation>
    </message>
    <message>
        <source>Element scores per partner pair (0–100, higher = more aligned) and the gaps, most severe first, with the clauses and actions they lead to.</source>
        <translation>파트너 쌍별 요소 점수 (0–100, 높을수록 정렬됨)와 격차 (심각한 순), 그리고 그에 따른 조항과 실행 항목.</translation>
    </message>
    <message>
        <source>Element scores</source>
        <translation>요소 점수</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>모든 파트너</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Heads of terms not yet agreed ({n} of 16)</source>
        <translation>아직 합의되지 않은 주요 조건 ({n}/16)</translation>
    </message>
    <message>
        <source>Heads of terms not yet agreed</source>
        <translation>아직 합의되지 않은 주요 조건</translation>
    </message>
    <message>
        <source>Every head of terms is agreed or not applicable.</source>
        <translation>모든 주요 조건이 합의되었거나 해당 없음입니다.</translation>
    </message>
    <message>
        <source>{n} of the 16 heads are not yet agreed; the term sheet shows each partner&apos;s position on them. Numbers are those of the term sheet.</source>
        <translation>16개 주요 조건 중 {n}개가 아직 합의되지 않았습니다. 텀시트에 각 파트너의 입장이 나와 있으며, 번호는 텀시트의 번호입니다.</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>한 파트너</translation>
    </message>
    <message>
        <source>Proposed by {partner}</source>
        <translation>{partner} 제안</translation>
    </message>
    <message>
        <source>Open (recorded as agreed)</source>
        <translation>미결(합의로 기록됨)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>미결 격차</translation>
    </message>
    <message>
        <source>See {annex}.</source>
        <translation>{annex} 참조.</translation>
    </message>
    <message>
        <source>{n} contribution(s): see {annex}.</source>
        <translation>기여 {n}건: {annex} 참조.</translation>
    </message>
    <message>
        <source>Valuations in {currencies}.</source>
        <translation>가치평가 통화: {currencies}.</translation>
    </message>
    <message>
        <source>{n} decision(s), {conflicts} with a conflict: see {annex}.</source>
        <translation>의사결정 {n}건, 그중 충돌 {conflicts}건: {annex} 참조.</translation>
    </message>
    <message>
        <source>({n} days)</source>
        <translation>({n}일)</translation>
    </message>
    <message>
        <source>(no time limit)</source>
        <translation>(기한 없음)</translation>
    </message>
    <message>
        <source>Within the capacity each partner declared.</source>
        <translation>각 파트너가 신고한 역량 범위 내.</translation>
    </message>
    <message>
        <source>{partner} promises {peak} {unit} against {capacity} declared.</source>
        <translation>{partner}이(가) {peak} {unit}을(를) 약속했으나 신고 역량은 {capacity}입니다.</translation>
    </message>
    <message>
        <source>For antitrust review before signing.</source>
        <translation>서명 전 공정거래 심사 대상.</translation>
    </message>
    <message>
        <source>({n} days&apos; notice)</source>
        <translation>({n}일 전 통지)</translation>
    </message>
    <message>
        <source>Notice: {period}</source>
        <translation>통지 기간: {period}</translation>
    </message>
    <message>
        <source>no treatment yet</source>
        <translation>처리 방식 미정</translation>
    </message>
    <message>
        <source>Heads of terms: {title}</source>
        <translation>주요 조건: {title}</translation>
    </message>
    <message>
        <source>Draft for discussion · {confidentiality}. Part A binds the parties once signed; Part B does not. Clause numbers are fixed: the same number means the same head or point in every version.</source>
        <translation>논의용 초안 · {confidentiality}. A부는 서명 시 당사자를 구속하며 B부는 구속력이 없습니다. 조항 번호는 고정되어 모든 버전에서 같은 번호는 같은 항목 또는 세부 항목을 뜻합니다.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Agreed text</source>
        <translation>합의 문안</translation>
    </message>
    <message>
        <source>{partner}: position</source>
        <translation>{partner}: 입장</translation>
    </message>
    <message>
        <source>Today&apos;s terms (annex)</source>
        <translation>현재 조건(부속서)</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <translation>해당 없음.</translation>
    </message>
    <message>
        <source>Not agreed (draft on file: {text})</source>
        <translation>미합의(보관된 초안: {text})</translation>
    </message>
    <message>
        <source>Open (recorded as agreed; a linked gap is open)</source>
        <translation>미결(합의로 기록되었으나 연결된 격차가 미결)</translation>
    </message>
    <message>
        <source>Open: {ids}</source>
        <translation>미결: {ids}</translation>
    </message>
    <message>
        <source>Linked: {ids}</source>
        <translation>연결: {ids}</translation>
    </message>
    <message>
        <source>Part A: Binding provisions</source>
        <translation>A부: 구속력 있는 조항</translation>
    </message>
    <message>
        <source>Binding provisions</source>
        <translation>구속력 있는 조항</translation>
    </message>
    <message>
        <source>As in clause 15.4.</source>
        <translation>제15.4조와 같음.</translation>
    </message>
    <message>
        <source>Part A, row {n}</source>
        <translation>A부, {n}행</translation>
    </message>
    <message>
        <source>Part B: Heads of terms (not binding)</source>
        <translation>B부: 주요 조건(비구속적)</translation>
    </message>
    <message>
        <source>Set out in Part A (A.1–A.5).</source>
        <translation>A부(A.1–A.5)에 규정.</translation>
    </message>
    <message>
        <source>Heads of terms, clause {clause}, column &apos;{column}&apos;</source>
        <translation>주요 조건, 조항 {clause}, 열 &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>Heads of terms</source>
        <translation>주요 조건</translation>
    </message>
    <message>
        <source>Annex A Goals and scope</source>
        <translation>부속서 A 목표 및 범위</translation>
    </message>
    <message>
        <source>Annex B Contributions</source>
        <translation>부속서 B 기여</translation>
    </message>
    <message>
        <source>Annex C Decision rights</source>
        <translation>부속서 C 의사결정 권한</translation>
    </message>
    <message>
        <source>Annex D Governance</source>
        <translation>부속서 D 거버넌스</translation>
    </message>
    <message>
        <source>Annex E Exit and change</source>
        <translation>부속서 E 종료 및 변경</translation>
    </message>
    <message>
        <source>Annex F Analytics</source>
        <translation>부속서 F 분석</translation>
    </message>
    <message>
        <source>Annex G Alignment</source>
        <translation>부속서 G 정렬도</translation>
    </message>
    <message>
        <source>Annex A: Goals and scope</source>
        <translation>부속서 A: 목표 및 범위</translation>
    </message>
    <message>
        <source>Annex B: Contributions</source>
        <translation>부속서 B: 기여</translation>
    </message>
    <message>
        <source>Annex C: Decision rights</source>
        <translation>부속서 C: 의사결정 권한</translation>
    </message>
    <message>
        <source>Annex D: Governance</source>
        <translation>부속서 D: 거버넌스</translation>
    </message>
    <message>
        <source>Annex E: Exit and change</source>
        <translation>부속서 E: 종료 및 변경</translation>
    </message>
    <message>
        <source>Annex F: Analytics</source>
        <translation>부속서 F: 분석</translation>
    </message>
    <message>
        <source>Annex G: Alignment</source>
        <translation>부속서 G: 정렬도</translation>
    </message>
    <message>
        <source>Annex {letter}</source>
        <translation>부속서 {letter}</translation>
    </message>
    <message>
        <source>{done} of {total} participants done</source>
        <translation>참가자 {total}명 중 {done}명 완료</translation>
    </message>
    <message>
        <source>Updated as answers come in. Right arrow: the slides.</source>
        <translation>답변이 들어오는 대로 갱신됩니다. 오른쪽 화살표: 슬라이드.</translation>
    </message>
    <message>
        <source>{partner}: done</source>
        <translation>{partner}: 완료</translation>
    </message>
    <message>
        <source>{partner} {done} of {total} done</source>
        <translation>{partner}: {total}명 중 {done}명 완료</translation>
    </message>
    <message>
        <source>{partner}: no participants</source>
        <translation>{partner}: 참가자 없음</translation>
    </message>
    <message>
        <source>Alignment index {value}</source>
        <translation>정렬 지수 {value}</translation>
    </message>
    <message>
        <source>Definition {value}</source>
        <translation>정의 수준 {value}</translation>
    </message>
    <message>
        <source>{n} gaps to discuss: partners differ (alignment below {t:.0%}), nobody has defined it, or a partner does not know</source>
        <translation>논의할 격차 {n}개: 파트너 간 차이(정렬도 {t:.0%} 미만), 아무도 정의하지 않음, 또는 한 파트너가 모름</translation>
    </message>
    <message>
        <source>Gap {n} of {total}  ·  {element}</source>
        <translation>격차 {n}/{total}  ·  {element}</translation>
    </message>
    <message>
        <source>Alignment {value}</source>
        <translation>정렬도 {value}</translation>
    </message>
    <message>
        <source>Defined {value}</source>
        <translation>정의 수준 {value}</translation>
    </message>
    <message>
        <source>Does not know: {names}</source>
        <translation>모름: {names}</translation>
    </message>
    <message>
        <source>Question {n} of {total}  ·  {element}</source>
        <translation>질문 {n}/{total}  ·  {element}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licences:</source>
        <translation>라이선스:</translation>
    </message>
    <message>
        <source>About Partnership Workshop</source>
        <translation>Partnership Workshop 정보</translation>
    </message>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Run partnership alignment workshops offline.</source>
        <translation>파트너십 정렬 워크숍을 오프라인으로 진행합니다.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Workshop file:</source>
        <translation>워크숍 파일:</translation>
    </message>
    <message>
        <source>File schema:</source>
        <translation>파일 스키마:</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>Action</source>
        <translation>실행 항목</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>From question</source>
        <translation>출처 질문</translation>
    </message>
    <message>
        <source>Status: &apos;{value}&apos; is not open, in progress or done.</source>
        <translation>상태: &apos;{value}&apos;은(는) 미결, 진행 중, 완료 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>실행 항목 편집</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action items</source>
        <translation>실행 항목</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>실행 항목 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove action item</source>
        <translation>실행 항목 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Create from open &amp;gaps</source>
        <translation>미해결 격차에서 생성(&amp;G)</translation>
    </message>
    <message>
        <source>One action item per unresolved gap that has none yet</source>
        <translation>아직 실행 항목이 없는 미해결 격차마다 하나씩</translation>
    </message>
    <message>
        <source>The gaps are hidden until the answers are revealed.</source>
        <translation>답변이 공개될 때까지 격차는 숨겨집니다.</translation>
    </message>
    <message>
        <source>{total} action items, {done} done.</source>
        <translation>실행 항목 {total}개, {done}개 완료.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>새 실행 항목</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>실행 항목 추가</translation>
    </message>
    <message>
        <source>Remove action item &apos;{name}&apos;</source>
        <translation>실행 항목 &apos;{name}&apos; 삭제</translation>
    </message>
    <message>
        <source>Every unresolved gap already has an action item.</source>
        <translation>모든 미해결 격차에 이미 실행 항목이 있습니다.</translation>
    </message>
    <message>
        <source>Create {n} action items from gaps</source>
        <translation>격차에서 실행 항목 {n}개 생성</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>실행 항목</translation>
    </message>
</context>
<context>
    <name>AlignmentPage</name>
    <message>
        <source>Answers are hidden until the facilitator reveals them</source>
        <translation>진행자가 공개할 때까지 답변은 숨겨집니다</translation>
    </message>
    <message>
        <source>&amp;Reveal the answers</source>
        <translation>답변 공개(&amp;R)</translation>
    </message>
    <message>
        <source>Alignment views</source>
        <translation>정렬도 보기</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>All partners together</source>
        <translation>모든 파트너 합산</translation>
    </message>
    <message>
        <source>One line per partner pair</source>
        <translation>파트너 쌍마다 한 줄</translation>
    </message>
    <message>
        <source>Radar series</source>
        <translation>레이더 계열</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Gaps, most severe first</source>
        <translation>격차 (심각한 순)</translation>
    </message>
    <message>
        <source>Partner positions</source>
        <translation>파트너별 입장</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>논의 메모</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>합의된 입장</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due date of the gap</source>
        <translation>격차의 기한</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Discussion &amp;notes</source>
        <translation>논의 메모(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>합의된 입장(&amp;G)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>담당자(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>기한(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>상태(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;action item from this gap</source>
        <translation>이 격차에서 실행 항목 추가(&amp;A)</translation>
    </message>
    <message>
        <source>The chosen gap</source>
        <translation>선택한 격차</translation>
    </message>
    <message>
        <source>Each cell: how closely a pair of partners answered a question (100% = the same answer). Red is far apart, green is aligned.</source>
        <translation>각 셀: 두 파트너가 한 질문에 얼마나 비슷하게 답했는지 (100% = 같은 답변). 빨간색은 차이가 크고 녹색은 일치합니다.</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <source>Questions where a partner&apos;s own participants disagree with each other.</source>
        <translation>한 파트너의 참가자들끼리 의견이 다른 질문입니다.</translation>
    </message>
    <message>
        <source>Internal disagreements</source>
        <translation>내부 이견</translation>
    </message>
    <message>
        <source>No alignment scores yet: answers are missing.</source>
        <translation>아직 정렬 점수가 없습니다: 답변이 부족합니다.</translation>
    </message>
    <message>
        <source>Overall alignment: {value} of 100</source>
        <translation>전체 정렬도: 100점 중 {value}</translation>
    </message>
    <message>
        <source>Definition: {value} of 100</source>
        <translation>정의 수준: 100점 중 {value}</translation>
    </message>
    <message>
        <source>{count} gaps, most severe first</source>
        <translation>격차 {count}개 (심각한 순)</translation>
    </message>
    <message>
        <source>A gap is a question where partners differ (alignment below {threshold}%), nobody has defined it yet (below {blind}% defined), or a partner does not know.</source>
        <translation>격차란 파트너 간 차이가 있거나(정렬도 {threshold}% 미만), 아직 아무도 정의하지 않았거나(정의 수준 {blind}% 미만), 한 파트너가 모른다고 답한 질문입니다.</translation>
    </message>
    <message>
        <source>Reveal the answers</source>
        <translation>답변 공개</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>모든 파트너</translation>
    </message>
    <message>
        <source>No gap selected</source>
        <translation>선택된 격차 없음</translation>
    </message>
    <message>
        <source>{title} — {kinds}</source>
        <translation>{title} — {kinds}</translation>
    </message>
    <message>
        <source>, alignment {value}</source>
        <translation>, 정렬도 {value}</translation>
    </message>
    <message>
        <source>Discussion of &apos;{title}&apos;</source>
        <translation>&apos;{title}&apos;에 대한 논의</translation>
    </message>
    <message>
        <source>This gap already has an action item; see the Actions page.</source>
        <translation>이 격차에는 이미 실행 항목이 있습니다. 실행 항목 페이지를 참조하세요.</translation>
    </message>
    <message>
        <source>Close the gap: {title}</source>
        <translation>격차 해소: {title}</translation>
    </message>
    <message>
        <source>Add action item from a gap</source>
        <translation>격차에서 실행 항목 추가</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>정렬도</translation>
    </message>
</context>
<context>
    <name>AllocationPanel</name>
    <message>
        <source>Save &amp;points</source>
        <translation>점수 저장(&amp;P)</translation>
    </message>
    <message>
        <source>the points must add up to {total:g}.</source>
        <translation>점수 합계는 {total:g}이어야 합니다.</translation>
    </message>
    <message>
        <source> — {left:g} left</source>
        <translation> — {left:g} 남음</translation>
    </message>
    <message>
        <source> — {over:g} too many</source>
        <translation> — {over:g} 초과</translation>
    </message>
    <message>
        <source>Total: {total:g} of {target:g} points</source>
        <translation>합계: {target:g}점 중 {total:g}점</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Agree a position on: {question}</source>
        <translation>입장 합의 필요: {question}</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%, furthest apart: {a} and {b}.</source>
        <translation>{kinds}, 정렬도 {alignment}%, 차이가 가장 큰 쌍: {a}, {b}.</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%.</source>
        <translation>{kinds}, 정렬도 {alignment}%.</translation>
    </message>
    <message>
        <source>{kinds}, furthest apart: {a} and {b}.</source>
        <translation>{kinds}, 차이가 가장 큰 쌍: {a}, {b}.</translation>
    </message>
    <message>
        <source>{kinds}.</source>
        <translation>{kinds}.</translation>
    </message>
    <message>
        <source>Complete before signing: {check}</source>
        <translation>서명 전 완료: {check}</translation>
    </message>
    <message>
        <source>nobody decides; mark one partner D or joint approval J.</source>
        <translation>결정하는 파트너가 없습니다. 한 파트너를 D로 표시하거나 공동 승인 J로 표시하세요.</translation>
    </message>
    <message>
        <source>{partners} decides but it is also marked joint approval; keep one.</source>
        <translation>{partners} 단독 결정으로 표시되어 있지만 공동 승인으로도 표시되어 있습니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>{partners} both decide; keep one, or mark it joint approval.</source>
        <translation>{partners} 모두 결정권자로 표시되어 있습니다. 하나만 남기거나 공동 승인으로 표시하세요.</translation>
    </message>
    <message>
        <source>only {partner} is marked for joint approval; joint approval needs at least two partners.</source>
        <translation>{partner}만 공동 승인으로 표시되어 있습니다. 공동 승인에는 파트너가 둘 이상 필요합니다.</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Two or more names listed as one group (&quot;Nordwerk and Hanil&quot;).</extracomment>
        <translation> 및 </translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed, but linked gap {gaps} is still open.</source>
        <translation>{number} {head}: 합의로 기록되었으나 아직 미결인 연결 격차가 있습니다: {gaps}.</translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed, but linked gaps {gaps} are still open.</source>
        <translation>{number} {head}: 합의로 기록되었으나 아직 미결인 연결 격차가 있습니다: {gaps}.</translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed (its linked gaps are shown after Reveal).</source>
        <translation>{number} {head}: 합의로 기록됨 (연결된 격차는 답변 공개 후 표시됩니다).</translation>
    </message>
    <message>
        <source>{number} {head}: {partner} has no {fields}.</source>
        <translation>{number} {head}: {partner}의 {fields} 정보가 없습니다.</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>한 파트너</translation>
    </message>
    <message>
        <source>{number} {head}: proposed by {partner}, not yet agreed.</source>
        <translation>{number} {head}: {partner} 제안, 아직 합의되지 않음.</translation>
    </message>
    <message>
        <source>{number} {head}: open.</source>
        <translation>{number} {head}: 미결.</translation>
    </message>
    <message>
        <source>The heads of terms this phase needs ({count} of {total}) are agreed</source>
        <translation>이 단계에 필요한 주요 조건({count}/{total})이 합의되었습니다</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>How a tuple parameter is listed (&quot;quantity, unit&quot;); Chinese lists with 、.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>How the kinds of one gap are listed (&quot;partners differ; a partner does not know&quot;).</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>{value} of {low}–{high} ({anchor})</source>
        <translation>{low}–{high} 중 {value} ({anchor})</translation>
    </message>
    <message>
        <source>{value} of {low}–{high}</source>
        <translation>{low}–{high} 중 {value}</translation>
    </message>
    <message>
        <source>does not know</source>
        <translation>모름</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>답변 없음</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>end</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>tracking metric</source>
        <translation>추적 지표</translation>
    </message>
    <message>
        <source>{partner} has no contribution.</source>
        <translation>{partner}의 기여가 없습니다.</translation>
    </message>
    <message>
        <source>An unknown partner</source>
        <translation>알 수 없는 파트너</translation>
    </message>
    <message>
        <source>{partner}: {contribution} has no {fields}.</source>
        <translation>{partner}: {contribution}에 {fields} 정보가 없습니다.</translation>
    </message>
    <message>
        <source>Every partner has a contribution with quantity, unit, start, end and tracking metric</source>
        <translation>모든 파트너에게 수량, 단위, 시작일, 종료일, 추적 지표를 갖춘 기여가 있습니다</translation>
    </message>
    <message>
        <source>The decision-rights matrix has no decisions.</source>
        <translation>의사결정 권한 매트릭스에 결정 사항이 없습니다.</translation>
    </message>
    <message>
        <source>{decision}: {problem}</source>
        <translation>{decision}: {problem}</translation>
    </message>
    <message>
        <source>Every decision has exactly one partner that decides, or joint approval</source>
        <translation>모든 의사결정에 결정하는 파트너가 정확히 하나 있거나 공동 승인이 있습니다</translation>
    </message>
    <message>
        <source>The escalation path has {count} step; joint-approval decisions need at least {minimum}.</source>
        <translation>에스컬레이션 경로가 {count}단계입니다. 공동 승인 결정에는 최소 {minimum}단계가 필요합니다.</translation>
    </message>
    <message>
        <source>The escalation path has {count} steps; joint-approval decisions need at least {minimum}.</source>
        <translation>에스컬레이션 경로가 {count}단계입니다. 공동 승인 결정에는 최소 {minimum}단계가 필요합니다.</translation>
    </message>
    <message>
        <source>Escalation level {level} ({body}) has no time limit.</source>
        <translation>에스컬레이션 {level}단계({body})에 기한이 없습니다.</translation>
    </message>
    <message>
        <source>Joint-approval decisions have an escalation path of at least two steps with time limits</source>
        <translation>공동 승인 결정에는 기한이 정해진 2단계 이상의 에스컬레이션 경로가 있습니다</translation>
    </message>
    <message>
        <source>No review point: add at least one date or milestone to expand, narrow or redirect the scope.</source>
        <translation>검토 시점이 없습니다: 범위를 확대, 축소 또는 조정할 날짜나 마일스톤을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>At least one review point</source>
        <translation>검토 시점이 하나 이상 있습니다</translation>
    </message>
    <message>
        <source>The exit terms name a renewal timeline</source>
        <translation>탈퇴 조건에 갱신 일정이 명시되어 있습니다</translation>
    </message>
    <message>
        <source>The renewal timeline is empty.</source>
        <translation>갱신 일정이 비어 있습니다.</translation>
    </message>
    <message>
        <source>At least one exit trigger</source>
        <translation>탈퇴 사유가 하나 이상 있습니다</translation>
    </message>
    <message>
        <source>No exit trigger is listed.</source>
        <translation>기재된 탈퇴 사유가 없습니다.</translation>
    </message>
    <message>
        <source>The notice period is empty.</source>
        <translation>통지 기간이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Exit trigger {trigger} has no notice period, and no general notice period is named.</source>
        <translation>탈퇴 사유 {trigger}에 통지 기간이 없으며, 일반 통지 기간도 명시되지 않았습니다.</translation>
    </message>
    <message>
        <source>The exit terms name notice periods</source>
        <translation>탈퇴 조건에 통지 기간이 명시되어 있습니다</translation>
    </message>
    <message>
        <source>The exit terms name the obligations that survive exit</source>
        <translation>탈퇴 조건에 탈퇴 후에도 존속하는 의무가 명시되어 있습니다</translation>
    </message>
    <message>
        <source>The obligations after exit are empty.</source>
        <translation>탈퇴 후 의무가 비어 있습니다.</translation>
    </message>
    <message>
        <source>{asset} has no treatment on exit.</source>
        <translation>{asset}에 탈퇴 시 처리 방식이 없습니다.</translation>
    </message>
    <message>
        <source>No shared asset (IP, plants, tooling, data) is listed.</source>
        <translation>기재된 공유 자산(지식재산, 공장, 툴링, 데이터)이 없습니다.</translation>
    </message>
    <message>
        <source>Every shared asset has a treatment on exit</source>
        <translation>모든 공유 자산에 탈퇴 시 처리 방식이 있습니다</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%</source>
        <translation>{kinds}, 정렬도 {alignment}%</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no owner and no due date.</source>
        <translation>{gap} ({state}): 상태 {status}, 담당자와 기한이 없습니다.</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no owner.</source>
        <translation>{gap} ({state}): 상태 {status}, 담당자가 없습니다.</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no due date.</source>
        <translation>{gap} ({state}): 상태 {status}, 기한이 없습니다.</translation>
    </message>
    <message>
        <source>Every serious gap is resolved or has an owner and a due date</source>
        <translation>모든 중대한 격차가 해결되었거나 담당자와 기한이 있습니다</translation>
    </message>
    <message>
        <source>The answers are revealed and the gaps discussed</source>
        <translation>답변이 공개되었고 격차가 논의되었습니다</translation>
    </message>
    <message>
        <source>The answers are hidden (blind mode) until the facilitator reveals them.</source>
        <translation>진행자가 공개할 때까지 답변은 숨겨집니다 (블라인드 모드).</translation>
    </message>
</context>
<context>
    <name>BodiesModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>의장</translation>
    </message>
    <message>
        <source>Kind: choose one from the list.</source>
        <translation>유형: 목록에서 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Edit governance body</source>
        <translation>거버넌스 기구 편집</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Press {key}</source>
        <translation>{key} 누르기</translation>
    </message>
</context>
<context>
    <name>ContributionTotalsModel</name>
    <message>
        <source>Party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>제공</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>수령</translation>
    </message>
    <message>
        <source>Value given</source>
        <translation>제공한 가치</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>받은 가치</translation>
    </message>
    <message>
        <source>Quantities given</source>
        <translation>제공한 수량</translation>
    </message>
    <message>
        <source>{name} gives {gives} contributions and receives {gets}.</source>
        <translation>{name}은(는) {gives}건을 기여하고 {gets}건을 받습니다.</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수령자</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>평가액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Milestone gate</source>
        <translation>마일스톤 게이트</translation>
    </message>
    <message>
        <source>Tracking metric</source>
        <translation>추적 지표</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>합작 투자사</translation>
    </message>
    <message>
        <source>Partner: choose one of the workshop&apos;s partners.</source>
        <translation>파트너: 워크숍 파트너 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Recipient: choose a partner or the joint venture.</source>
        <translation>수령자: 파트너 또는 합작 투자사를 선택하세요.</translation>
    </message>
    <message>
        <source>Category: &apos;{value}&apos; is not a contribution category.</source>
        <translation>범주: &apos;{value}&apos;은(는) 기여 범주가 아닙니다.</translation>
    </message>
    <message>
        <source>Edit contribution {column}</source>
        <translation>기여 편집: {column}</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>What each partner brings</source>
        <translation>각 파트너가 제공하는 것</translation>
    </message>
    <message>
        <source>&amp;Add contribution</source>
        <translation>기여 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove contribution</source>
        <translation>기여 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>기여</translation>
    </message>
    <message>
        <source>Totals and balance</source>
        <translation>합계 및 균형</translation>
    </message>
    <message>
        <source>Totals and gives/gets balance</source>
        <translation>합계 및 제공/수령 균형</translation>
    </message>
    <message>
        <source>{partner} promises up to {peak} {unit} {when}, beyond its declared capacity of {capacity}.</source>
        <translation>{partner}은(는) {when} 최대 {peak} {unit}을(를) 약속하여 신고된 역량 {capacity}을(를) 초과합니다.</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>합작 투자사</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start}부터 {end}까지</translation>
    </message>
    <message>
        <source>from {start} on</source>
        <translation>{start}부터</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>{end}까지</translation>
    </message>
    <message>
        <source>at all times</source>
        <translation>상시</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>새 기여</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>기여 추가</translation>
    </message>
    <message>
        <source>Remove contribution &apos;{name}&apos;</source>
        <translation>기여 &apos;{name}&apos; 삭제</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>No date (type {iso} or {local})</source>
        <translation>날짜 없음 ({iso} 또는 {local} 형식으로 입력)</translation>
    </message>
    <message>
        <source>Type a date as {iso} or {local}, or press Alt+Down for a calendar. Clear the field for no date.</source>
        <translation>날짜를 {iso} 또는 {local} 형식으로 입력하거나 Alt+아래쪽 화살표를 눌러 달력을 여세요. 날짜를 없애려면 필드를 비우세요.</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>날짜 선택 (Alt+아래쪽 화살표)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>달력</translation>
    </message>
</context>
<context>
    <name>DealTermsPage</name>
    <message>
        <source>Heads of terms</source>
        <translation>주요 조건</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>제안자</translation>
    </message>
    <message>
        <source>Agreed text</source>
        <translation>합의 문안</translation>
    </message>
    <message>
        <source>Further linked gaps</source>
        <translation>추가 연결 격차</translation>
    </message>
    <message>
        <source>Question ids, e.g. G09, X12</source>
        <translation>질문 ID(예: G09, X12)</translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation>연결된 실행 항목</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Each partner&apos;s position</source>
        <translation>각 파트너의 입장</translation>
    </message>
    <message>
        <source>The parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Head of terms</source>
        <translation>주요 조건 항목</translation>
    </message>
    <message>
        <source>Deal terms</source>
        <translation>거래 조건</translation>
    </message>
    <message>
        <source>Position of {partner}</source>
        <translation>{partner}의 입장</translation>
    </message>
    <message>
        <source>Shown as: {status}.</source>
        <translation>표시 상태: {status}.</translation>
    </message>
    <message>
        <source>Recorded as agreed, but these linked gaps are open: {ids}.</source>
        <translation>합의로 기록되었으나 다음 연결 격차가 미결입니다: {ids}.</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Linked through the questionnaire: {ids}. Open: {open}.</source>
        <translation>설문으로 연결됨: {ids}. 미결: {open}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Linked through the questionnaire: {ids}. Which are open is shown after Reveal.</source>
        <translation>설문으로 연결됨: {ids}. 미결 여부는 공개 후 표시됩니다.</translation>
    </message>
    <message>
        <source>Edit the parties</source>
        <translation>당사자 편집</translation>
    </message>
    <message>
        <source>Edit head {number}</source>
        <translation>{number}항 편집</translation>
    </message>
    <message>
        <source>Further linked gaps: {qid} is not a question of this workshop.</source>
        <translation>추가 연결 격차: {qid}은(는) 이 워크숍의 질문이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>DecisionRightsModel</name>
    <message>
        <source>Decision</source>
        <translation>의사결정</translation>
    </message>
    <message>
        <source>Seam</source>
        <translation>접점</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>결정 주체</translation>
    </message>
    <message>
        <source>Taken by: choose a governance body.</source>
        <translation>결정 주체: 거버넌스 기구를 선택하세요.</translation>
    </message>
    <message>
        <source>{partner} on &apos;{decision}&apos;: &apos;{value}&apos; is not D, J, C or I.</source>
        <translation>&apos;{decision}&apos;에 대한 {partner}: &apos;{value}&apos;은(는) D, J, C, I 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>Set {partner}&apos;s right on &apos;{decision}&apos;</source>
        <translation>&apos;{decision}&apos;에 대한 {partner}의 권한 설정</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>의사결정 편집</translation>
    </message>
</context>
<context>
    <name>DisagreementsModel</name>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>합의도</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>응답자</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Edit {column}</source>
        <translation>{column} 편집</translation>
    </message>
</context>
<context>
    <name>EscalationModel</name>
    <message>
        <source>Level</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Body or role</source>
        <translation>기구 또는 역할</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>기한 (일)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Level: give a number (1 = first level).</source>
        <translation>단계: 숫자를 입력하세요 (1 = 첫 단계).</translation>
    </message>
    <message>
        <source>Edit escalation step</source>
        <translation>에스컬레이션 단계 편집</translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <source>One shared asset has no treatment on exit (marked).</source>
        <translation>공유 자산 하나에 탈퇴 시 처리 방식이 없습니다 (표시됨).</translation>
    </message>
    <message>
        <source>{n} shared assets have no treatment on exit (marked).</source>
        <translation>공유 자산 {n}개에 탈퇴 시 처리 방식이 없습니다 (표시됨).</translation>
    </message>
    <message>
        <source>Every shared asset has a treatment on exit.</source>
        <translation>모든 공유 자산에 탈퇴 시 처리 방식이 있습니다.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field} 편집</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>공동 창출</translation>
    </message>
    <message>
        <source>New exit trigger</source>
        <translation>새 탈퇴 사유</translation>
    </message>
    <message>
        <source>Add exit trigger</source>
        <translation>탈퇴 사유 추가</translation>
    </message>
    <message>
        <source>New shared asset</source>
        <translation>새 공유 자산</translation>
    </message>
    <message>
        <source>Add shared asset</source>
        <translation>공유 자산 추가</translation>
    </message>
    <message>
        <source>Exit and change</source>
        <translation>탈퇴 및 변경</translation>
    </message>
</context>
<context>
    <name>ExitPageForm</name>
    <message>
        <source>Exit and change terms</source>
        <translation>탈퇴 및 변경 조건</translation>
    </message>
    <message>
        <source>&amp;Renewal timeline</source>
        <translation>갱신 일정(&amp;R)</translation>
    </message>
    <message>
        <source>Renewal timeline</source>
        <translation>갱신 일정</translation>
    </message>
    <message>
        <source>&amp;Notice period</source>
        <translation>통지 기간(&amp;N)</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>통지 기간</translation>
    </message>
    <message>
        <source>Ongoing &amp;obligations</source>
        <translation>지속 의무(&amp;O)</translation>
    </message>
    <message>
        <source>Ongoing obligations after exit</source>
        <translation>탈퇴 후 지속 의무</translation>
    </message>
    <message>
        <source>Rules for proposing &amp;changes</source>
        <translation>변경 제안 규칙(&amp;C)</translation>
    </message>
    <message>
        <source>Rules for proposing changes</source>
        <translation>변경 제안 규칙</translation>
    </message>
    <message>
        <source>Exit triggers</source>
        <translation>탈퇴 사유</translation>
    </message>
    <message>
        <source>Add &amp;trigger</source>
        <translation>사유 추가(&amp;T)</translation>
    </message>
    <message>
        <source>Remove tri&amp;gger</source>
        <translation>사유 삭제(&amp;G)</translation>
    </message>
    <message>
        <source>Shared assets and their treatment on exit</source>
        <translation>공유 자산과 탈퇴 시 처리 방식</translation>
    </message>
    <message>
        <source>Add &amp;asset</source>
        <translation>자산 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Remove a&amp;sset</source>
        <translation>자산 삭제(&amp;S)</translation>
    </message>
    <message>
        <source>Assets without a treatment on exit are marked.</source>
        <translation>탈퇴 시 처리 방식이 없는 자산은 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>ExitTriggersModel</name>
    <message>
        <source>Exit trigger</source>
        <translation>탈퇴 사유</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>통지 기간 (일)</translation>
    </message>
    <message>
        <source>Edit exit trigger</source>
        <translation>탈퇴 사유 편집</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Why it is a gap</source>
        <translation>격차인 이유</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>요소</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>정렬도</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Furthest apart</source>
        <translation>차이가 가장 큰 쌍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Governance views</source>
        <translation>거버넌스 보기</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>의사결정 권한</translation>
    </message>
    <message>
        <source>(blank = no part)</source>
        <translation>(비워 두면 = 관여 안 함)</translation>
    </message>
    <message>
        <source>Add &amp;starter decisions</source>
        <translation>기본 의사결정 추가(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>의사결정 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation>의사결정 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>거버넌스 기구</translation>
    </message>
    <message>
        <source>&amp;Add body</source>
        <translation>기구 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove body</source>
        <translation>기구 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>기구</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>에스컬레이션 단계</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>단계 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>단계 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>에스컬레이션 경로</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>검토 시점</translation>
    </message>
    <message>
        <source>&amp;Add review point</source>
        <translation>검토 시점 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove review point</source>
        <translation>검토 시점 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>May decide to: any of continue, expand, narrow, redirect, exit.</source>
        <translation>결정 가능 사항: 유지, 확대, 축소, 방향 전환, 탈퇴.</translation>
    </message>
    <message>
        <source>One decision needs attention (marked): no owner, or two deciders.</source>
        <translation>의사결정 하나에 조치가 필요합니다 (표시됨): 책임자가 없거나 결정자가 둘입니다.</translation>
    </message>
    <message>
        <source>{n} decisions need attention (marked): no owner, or two deciders.</source>
        <translation>의사결정 {n}개에 조치가 필요합니다 (표시됨): 책임자가 없거나 결정자가 둘입니다.</translation>
    </message>
    <message>
        <source>Every decision has exactly one owner or joint approval.</source>
        <translation>모든 의사결정에 책임자 또는 공동 승인이 정확히 하나씩 있습니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>새 의사결정</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>의사결정 추가</translation>
    </message>
    <message>
        <source>The starter decisions are already in the list.</source>
        <translation>기본 의사결정이 이미 목록에 있습니다.</translation>
    </message>
    <message>
        <source>Add starter decisions</source>
        <translation>기본 의사결정 추가</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>새 기구</translation>
    </message>
    <message>
        <source>Add governance body</source>
        <translation>거버넌스 기구 추가</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>운영위원회</translation>
    </message>
    <message>
        <source>Add escalation step</source>
        <translation>에스컬레이션 단계 추가</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>연례 검토</translation>
    </message>
    <message>
        <source>Add review point</source>
        <translation>검토 시점 추가</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>거버넌스</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Thank you, {name}. Your answers are saved.</source>
        <translation>감사합니다, {name}님. 답변이 저장되었습니다.</translation>
    </message>
    <message>
        <source>Everyone has finished. The facilitator can now reveal the answers.</source>
        <translation>모두 완료했습니다. 이제 진행자가 답변을 공개할 수 있습니다.</translation>
    </message>
    <message>
        <source>Please hand over to the next participant.</source>
        <translation>다음 참가자에게 넘겨 주세요.</translation>
    </message>
    <message>
        <source>Start answering as {name}</source>
        <translation>{name}(으)로 답변 시작</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>{pair}: not both answered</source>
        <translation>{pair}: 양쪽 모두 답하지 않음</translation>
    </message>
    <message>
        <source>{question}
{pair}: alignment {value}</source>
        <translation>{question}
{pair}: 정렬도 {value}</translation>
    </message>
</context>
<context>
    <name>ImportFlows</name>
    <message>
        <source>Import answers</source>
        <translation>답변 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Answers not imported</source>
        <translation>답변을 가져오지 못함</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
    <message>
        <source>Import answers from {file}</source>
        <translation>{file}에서 답변 가져오기</translation>
    </message>
    <message>
        <source>Answers imported</source>
        <translation>답변을 가져옴</translation>
    </message>
    <message>
        <source>Import pre-work workbook</source>
        <translation>사전 작업 통합 문서 가져오기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 통합 문서 (*.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Pre-work not imported</source>
        <translation>사전 작업을 가져오지 못함</translation>
    </message>
    <message>
        <source>Import pre-work from {file}</source>
        <translation>{file}에서 사전 작업 가져오기</translation>
    </message>
    <message>
        <source>Pre-work imported</source>
        <translation>사전 작업을 가져옴</translation>
    </message>
    <message>
        <source>Answers differ</source>
        <translation>답변이 다름</translation>
    </message>
    <message>
        <source>The workbook has answers that differ from those already stored:</source>
        <translation>통합 문서에 이미 저장된 것과 다른 답변이 있습니다:</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… 외 {n}건</translation>
    </message>
    <message>
        <source>Use the workbook&apos;s</source>
        <translation>통합 문서의 답변 사용</translation>
    </message>
    <message>
        <source>Keep the stored</source>
        <translation>저장된 답변 유지</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>JumpPanel</name>
    <message>
        <source>Go to a slide</source>
        <translation>슬라이드로 이동</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>모든 요소</translation>
    </message>
    <message>
        <source>All kinds of gap</source>
        <translation>모든 격차 유형</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>모든 심각도</translation>
    </message>
    <message>
        <source>Severity at least {value}</source>
        <translation>심각도 {value} 이상</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>요소</translation>
    </message>
    <message>
        <source>Show the gaps of this element</source>
        <translation>이 요소의 격차 표시</translation>
    </message>
    <message>
        <source>Kind of gap</source>
        <translation>격차 유형</translation>
    </message>
    <message>
        <source>Show the gaps of this kind</source>
        <translation>이 유형의 격차 표시</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Show the gaps of this severity or more</source>
        <translation>이 심각도 이상의 격차 표시</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>슬라이드</translation>
    </message>
    <message>
        <source>Enter shows the chosen slide</source>
        <translation>Enter 키로 선택한 슬라이드 표시</translation>
    </message>
    <message>
        <source>Enter  show the slide   ·   Esc  close this list</source>
        <translation>Enter  슬라이드 표시   ·   Esc  목록 닫기</translation>
    </message>
    <message>
        <source>{shown} of {total} gaps shown</source>
        <translation>격차 {total}개 중 {shown}개 표시</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Engineering</source>
        <translation>엔지니어링</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>제조</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation>툴링</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>구매</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>Market access</source>
        <translation>시장 접근</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>자본</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Shared strategic goals</source>
        <translation>공동의 전략 목표</translation>
    </message>
    <message>
        <source>Complementary strengths</source>
        <translation>상호 보완적 강점</translation>
    </message>
    <message>
        <source>Clear roles and governance</source>
        <translation>명확한 역할과 거버넌스</translation>
    </message>
    <message>
        <source>Cultural readiness for change</source>
        <translation>변화에 대한 문화적 준비도</translation>
    </message>
    <message>
        <source>Agreement on an exit path</source>
        <translation>탈퇴 경로에 대한 합의</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>강점</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>거버넌스</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>문화</translation>
    </message>
    <message>
        <source>Exit path</source>
        <translation>탈퇴 경로</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미결</translation>
    </message>
    <message>
        <source>Not yet defined</source>
        <translation>아직 정의되지 않음</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>논의됨</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Joint approval</source>
        <translation>공동 승인</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>협의</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>통보</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>지식재산</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>공장</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Partnership strategy</source>
        <translation>파트너십 전략</translation>
    </message>
    <message>
        <source>Partner screening and due diligence</source>
        <translation>파트너 선별 및 실사</translation>
    </message>
    <message>
        <source>Deal structuring and implementation</source>
        <translation>거래 구조화 및 실행</translation>
    </message>
    <message>
        <source>Ongoing assessment and restructuring</source>
        <translation>지속 평가 및 구조 조정</translation>
    </message>
    <message>
        <source>Portfolio management and exit</source>
        <translation>포트폴리오 관리 및 탈퇴</translation>
    </message>
    <message>
        <source>Production efficiency</source>
        <translation>생산 효율</translation>
    </message>
    <message>
        <source>Electrification assets and supply chain</source>
        <translation>전동화 자산 및 공급망</translation>
    </message>
    <message>
        <source>Software and digital platforms</source>
        <translation>소프트웨어 및 디지털 플랫폼</translation>
    </message>
    <message>
        <source>Strategic flexibility</source>
        <translation>전략적 유연성</translation>
    </message>
    <message>
        <source>Autonomy and mobility rollout</source>
        <translation>자율주행 및 모빌리티 도입</translation>
    </message>
    <message>
        <source>Scale (likert)</source>
        <translation>척도 (리커트)</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>단일 선택</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>복수 선택</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Split points (allocation)</source>
        <translation>점수 배분 (할당)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>자유 서술</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>답변 중</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>공개됨</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>협상 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>운영위원회</translation>
    </message>
    <message>
        <source>Execution committee</source>
        <translation>실행위원회</translation>
    </message>
    <message>
        <source>Joint PMO</source>
        <translation>공동 PMO</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>expand</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>narrow</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>방향 전환</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>탈퇴</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>합의됨</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>법인</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>소재지</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>등기번호</translation>
    </message>
    <message>
        <source>Signing entity</source>
        <translation>서명 주체</translation>
    </message>
    <message>
        <source>Parent guarantee</source>
        <translation>모회사 보증</translation>
    </message>
    <message>
        <source>Purpose and scope</source>
        <translation>목적 및 범위</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>제외 사항</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>구조</translation>
    </message>
    <message>
        <source>Form (contracts only or joint company)</source>
        <translation>형태(계약형 또는 합작법인)</translation>
    </message>
    <message>
        <source>Shareholding and seat</source>
        <translation>지분 구조 및 소재지</translation>
    </message>
    <message>
        <source>Ancillary agreements</source>
        <translation>부속 계약</translation>
    </message>
    <message>
        <source>Contributions and valuation</source>
        <translation>기여 및 가치평가</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>기여</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>가치평가 방법</translation>
    </message>
    <message>
        <source>Currency basis</source>
        <translation>기준 통화</translation>
    </message>
    <message>
        <source>Remedy for non-delivery</source>
        <translation>미이행 시 구제 조치</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>자금 조달</translation>
    </message>
    <message>
        <source>Funding plan</source>
        <translation>자금 조달 계획</translation>
    </message>
    <message>
        <source>Capital calls</source>
        <translation>자본 납입 요청</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>초과 비용</translation>
    </message>
    <message>
        <source>Remedy for non-funding</source>
        <translation>자금 미납 시 구제 조치</translation>
    </message>
    <message>
        <source>Bodies and seats</source>
        <translation>기구 및 의석</translation>
    </message>
    <message>
        <source>Quorum, voting and casting vote</source>
        <translation>정족수, 의결 및 캐스팅보트</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>의사결정 권한</translation>
    </message>
    <message>
        <source>Reserved matters</source>
        <translation>유보 사항</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>교착 상태</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>에스컬레이션 단계</translation>
    </message>
    <message>
        <source>Mediation or expert</source>
        <translation>조정 또는 전문가 결정</translation>
    </message>
    <message>
        <source>Deadlock remedy</source>
        <translation>교착 해소 방안</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>지식재산</translation>
    </message>
    <message>
        <source>Background IP and licences</source>
        <translation>기존 지식재산 및 라이선스</translation>
    </message>
    <message>
        <source>Foreground IP</source>
        <translation>신규 창출 지식재산</translation>
    </message>
    <message>
        <source>Ring-fenced technology</source>
        <translation>격리 보호 기술</translation>
    </message>
    <message>
        <source>IP on exit</source>
        <translation>종료 시 지식재산</translation>
    </message>
    <message>
        <source>Exclusivity and non-compete</source>
        <translation>독점 및 경업 금지</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>존속 기간</translation>
    </message>
    <message>
        <source>Antitrust review</source>
        <translation>공정거래(독점금지) 심사</translation>
    </message>
    <message>
        <source>Supply and offtake</source>
        <translation>공급 및 인수</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>물량</translation>
    </message>
    <message>
        <source>Pricing basis</source>
        <translation>가격 산정 기준</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>테이크 오어 페이</translation>
    </message>
    <message>
        <source>Allocation in shortage</source>
        <translation>공급 부족 시 배분</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>양도</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>처분 제한(락업)</translation>
    </message>
    <message>
        <source>Pre-emption</source>
        <translation>우선매수권</translation>
    </message>
    <message>
        <source>Tag-along and drag-along</source>
        <translation>동반매도권 및 동반매각권</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>발동 사유</translation>
    </message>
    <message>
        <source>Renewal and term</source>
        <translation>갱신 및 존속 기간</translation>
    </message>
    <message>
        <source>Shared assets on exit</source>
        <translation>탈퇴 시 공유 자산</translation>
    </message>
    <message>
        <source>Surviving obligations</source>
        <translation>존속 의무</translation>
    </message>
    <message>
        <source>Information and confidentiality</source>
        <translation>정보 및 비밀유지</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>보고</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>감사</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>기밀 등급</translation>
    </message>
    <message>
        <source>Clean team</source>
        <translation>클린팀</translation>
    </message>
    <message>
        <source>Approvals and conditions precedent</source>
        <translation>인허가 및 선행조건</translation>
    </message>
    <message>
        <source>Merger control</source>
        <translation>기업결합 심사</translation>
    </message>
    <message>
        <source>Foreign-investment screening</source>
        <translation>외국인 투자 심사</translation>
    </message>
    <message>
        <source>Foreign-subsidy review</source>
        <translation>외국 보조금 심사</translation>
    </message>
    <message>
        <source>Export licences</source>
        <translation>수출 허가</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>데이터 이전</translation>
    </message>
    <message>
        <source>Long-stop date</source>
        <translation>최종 기한일</translation>
    </message>
    <message>
        <source>Disputes and governing law</source>
        <translation>분쟁 해결 및 준거법</translation>
    </message>
    <message>
        <source>Arbitration institution</source>
        <translation>중재 기관</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>준거법</translation>
    </message>
    <message>
        <source>Binding provisions</source>
        <translation>구속력 있는 조항</translation>
    </message>
    <message>
        <source>Exclusivity period</source>
        <translation>독점 기간</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Non-binding effect</source>
        <translation>비구속적 효력</translation>
    </message>
    <message>
        <source>Save for the binding provisions in Part A, these heads of terms are not binding and create no obligation to enter into any agreement.</source>
        <translation>A부의 구속력 있는 조항을 제외하고, 본 주요 조건은 구속력이 없으며 어떠한 계약을 체결할 의무도 발생시키지 않습니다.</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>모름</translation>
    </message>
    <message>
        <source>Competitively sensitive: the partners may also be competitors. Give only what your organisation&apos;s rules on sharing information with competitors allow; if in doubt, ask your legal team first or skip this question.</source>
        <translation>경쟁상 민감: 파트너가 동시에 경쟁사일 수 있습니다. 경쟁사와의 정보 공유에 관한 귀사 규정이 허용하는 범위 내에서만 답하세요. 확실하지 않으면 먼저 법무팀에 문의하거나 이 질문을 건너뛰세요.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>재무</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>법무</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>인사</translation>
    </message>
    <message>
        <source>partners differ</source>
        <translation>파트너 간 차이</translation>
    </message>
    <message>
        <source>nobody has defined this yet</source>
        <translation>아직 아무도 정의하지 않음</translation>
    </message>
    <message>
        <source>a partner does not know</source>
        <translation>한 파트너가 모름</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Live answering</source>
        <translation>실시간 답변</translation>
    </message>
    <message>
        <source>Participants answer on their own phones or laptops over this room&apos;s network (room Wi-Fi or this laptop&apos;s hotspot); no internet is needed. Each participant&apos;s link opens their own questionnaire only.</source>
        <translation>참가자는 이 회의실 네트워크(회의실 Wi-Fi 또는 이 노트북의 핫스팟)를 통해 각자의 휴대폰이나 노트북으로 답변합니다. 인터넷은 필요하지 않습니다. 각 참가자의 링크는 본인의 설문지만 엽니다.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Address to serve on</source>
        <translation>서비스할 주소</translation>
    </message>
    <message>
        <source>The address of this computer on the room&apos;s network. 127.0.0.1 serves this computer only.</source>
        <translation>회의실 네트워크에서 이 컴퓨터의 주소입니다. 127.0.0.1은 이 컴퓨터에서만 접속됩니다.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>열람함</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변함</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>QR code of the chosen participant&apos;s link</source>
        <translation>선택한 참가자 링크의 QR 코드</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>링크 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>새 링크(&amp;N)</translation>
    </message>
    <message>
        <source>A new link for this participant; the old one ends</source>
        <translation>이 참가자의 새 링크. 이전 링크는 만료됩니다</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>다시 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Let a participant who said &quot;I&apos;m done&quot; change answers again</source>
        <translation>&quot;완료&quot;를 누른 참가자가 답변을 다시 수정할 수 있게 합니다</translation>
    </message>
    <message>
        <source>Save &amp;handout (PDF)...</source>
        <translation>안내문 저장 (PDF)(&amp;H)...</translation>
    </message>
    <message>
        <source>Pro&amp;jector slide</source>
        <translation>프로젝터 슬라이드(&amp;J)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>This workshop is open read-only; answers could not be saved.</source>
        <translation>이 워크숍은 읽기 전용으로 열려 있어 답변을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Serving on {url} (address {host} only). Participants on this network open their own link or scan their QR code.</source>
        <translation>{url}에서 서비스 중 (주소 {host}만 해당). 이 네트워크의 참가자는 본인 링크를 열거나 QR 코드를 스캔합니다.</translation>
    </message>
    <message>
        <source>Stop live answering? Every participant&apos;s link stops working until you start it again.</source>
        <translation>실시간 답변을 중지할까요? 다시 시작할 때까지 모든 참가자의 링크가 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>Not serving: nothing listens on the network until you press Start.</source>
        <translation>서비스 중 아님: 시작을 누르기 전까지 네트워크에서 아무것도 수신하지 않습니다.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{m}개 중 {n}개</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>{name} is not done</source>
        <translation>{name} 미완료</translation>
    </message>
    <message>
        <source>Save the participants&apos; handout</source>
        <translation>참가자 안내문 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop steps</source>
        <translation>워크숍 단계</translation>
    </message>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>워크숍을 열 수 없음</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only?</source>
        <translation>{problem}

읽기 전용으로 열까요?</translation>
    </message>
    <message>
        <source>Workshop cannot be changed here</source>
        <translation>여기서는 워크숍을 변경할 수 없음</translation>
    </message>
    <message>
        <source>Read-only: this workshop is being changed elsewhere or may not be changed by you. Changes cannot be saved.</source>
        <translation>읽기 전용: 이 워크숍은 다른 곳에서 변경 중이거나 변경 권한이 없습니다. 변경 사항을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>모든 변경 사항 저장됨</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>새 워크숍 저장 위치</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>워크숍을 만들 수 없음</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>워크숍 열기</translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation>데모를 만들 수 없음</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Partnership workshops (*.workshop);;All files (*)</source>
        <translation>파트너십 워크숍 (*.workshop);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>사본 저장 위치</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>Choose a name other than the open file.</source>
        <translation>열려 있는 파일과 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>사본이 저장되지 않음</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>사본이 {path}에 저장됨</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (읽기 전용)</translation>
    </message>
    <message>
        <source>NOT SAVED: {message}</source>
        <translation>저장되지 않음: {message}</translation>
    </message>
    <message>
        <source>(no workshop open)</source>
        <translation>(열린 워크숍 없음)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용자 가이드</translation>
    </message>
    <message>
        <source>## User guide

1. **Setup**: workshop title, purpose, phase, date; add 2 to 6 partners and their
   participants.
2. **Questionnaire**: choose who is answering; press 1-9 to answer and go on, Enter or
   Right for the next question, Left to go back.
3. **Alignment**: reveal the answers, then discuss the gaps one by one.
4. **Contributions**, **Governance**, **Exit**, **Actions**: record what was agreed.
5. **Review**: fix what the readiness checklist asks, then export the term sheet and the
   leadership summary.

Every change is saved at once; Edit &gt; Undo takes it back. F5 starts presentation mode;
Esc leaves it.
</source>
        <translation>## 사용자 가이드

1. **설정**: 워크숍 제목, 목적, 단계, 날짜. 파트너 2~6곳과 그
   참가자를 추가합니다.
2. **설문지**: 답변자를 선택합니다. 1-9를 눌러 답하고 다음으로 넘어가며, Enter 또는
   오른쪽 화살표로 다음 질문, 왼쪽 화살표로 이전 질문으로 갑니다.
3. **정렬도**: 답변을 공개한 뒤 격차를 하나씩 논의합니다.
4. **기여**, **거버넌스**, **탈퇴**, **실행 항목**: 합의 내용을 기록합니다.
5. **검토**: 준비 점검표가 요구하는 사항을 처리한 뒤 조건 요약서와
   경영진 요약을 내보냅니다.

모든 변경은 즉시 저장되며 편집 &gt; 실행 취소로 되돌릴 수 있습니다. F5는 프레젠테이션 모드를 시작하고
Esc로 나갑니다.
</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>새 워크숍</translation>
    </message>
    <message>
        <source>Partnership workshop</source>
        <translation>파트너십 워크숍</translation>
    </message>
    <message>
        <source>{title} ({n} questions, version {v})</source>
        <translation>{title} (질문 {n}개, 버전 {v})</translation>
    </message>
    <message>
        <source>{label} – your template</source>
        <translation>{label} – 내 템플릿</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>설문지(&amp;Q):</translation>
    </message>
    <message>
        <source>Some of your templates cannot be used:</source>
        <translation>일부 템플릿을 사용할 수 없습니다:</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>워크숍 제목을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>NumberPanel</name>
    <message>
        <source>Number answer</source>
        <translation>숫자 답변</translation>
    </message>
    <message>
        <source>from {v:g}</source>
        <translation>{v:g}부터</translation>
    </message>
    <message>
        <source>to {v:g}</source>
        <translation>{v:g}까지</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Read-only: this workshop is open in another window.</source>
        <translation>읽기 전용: 이 워크숍은 다른 창에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; 삭제</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변함</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{total}개 중 {n}개</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Name: &apos;{name}&apos; is already a participant of this partner; give each person a different name (for example with an initial).</source>
        <translation>이름: &apos;{name}&apos;은(는) 이미 이 파트너의 참가자입니다. 사람마다 다른 이름을 지정하세요 (예: 이니셜 추가).</translation>
    </message>
    <message>
        <source>Function of {name}: &apos;{text}&apos; is not one of {allowed}.</source>
        <translation>{name}의 직무: &apos;{text}&apos;은(는) {allowed} 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>Language of {name}: &apos;{text}&apos; is not one of {allowed}.</source>
        <translation>{name}의 언어: &apos;{text}&apos;은(는) {allowed} 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>Edit participant {name}</source>
        <translation>참가자 {name} 편집</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>역량</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>파트너 {name} 편집</translation>
    </message>
    <message>
        <source>Declared capacity per unit, e.g. engineer-years = 40; FTE = 12</source>
        <translation>단위별 신고 역량, 예: engineer-years = 40; FTE = 12</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>프레젠테이션</translation>
    </message>
    <message>
        <source>Left and Right move between slides; G filters the gaps and jumps to a slide; P shows progress; T switches theme; S moves to the next screen; M chooses the screen from a menu; Esc leaves</source>
        <translation>왼쪽/오른쪽 키로 슬라이드 이동, G로 격차 필터 및 슬라이드 이동, P로 진행 상황 표시, T로 테마 전환, S로 다음 화면 이동, M으로 메뉴에서 화면 선택, Esc로 종료</translation>
    </message>
    <message>
        <source>Alignment by element</source>
        <translation>요소별 정렬도</translation>
    </message>
    <message>
        <source>Progress: who is done</source>
        <translation>진행 상황: 완료한 사람</translation>
    </message>
    <message>
        <source>{n}. Overview</source>
        <translation>{n}. 개요</translation>
    </message>
    <message>
        <source>{n}. Answers are not revealed yet</source>
        <translation>{n}. 답변이 아직 공개되지 않음</translation>
    </message>
    <message>
        <source>{n}. Gap {gap}: {title} ({element})</source>
        <translation>{n}. 격차 {gap}: {title} ({element})</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>필터 적용됨</translation>
    </message>
    <message>
        <source>{title}   ·   {where}   ·   ← →  move   ·   G  go to   ·   T  theme   ·   Esc  leave</source>
        <translation>{title}   ·   {where}   ·   ← →  이동   ·   G  바로 가기   ·   T  테마   ·   Esc  종료</translation>
    </message>
    <message>
        <source>S  next screen</source>
        <translation>S  다음 화면</translation>
    </message>
    <message>
        <source>M  choose the screen</source>
        <translation>M  화면 선택</translation>
    </message>
    <message>
        <source>Answers are not revealed yet</source>
        <translation>답변이 아직 공개되지 않았습니다</translation>
    </message>
    <message>
        <source>The facilitator reveals the alignment on the Alignment page.</source>
        <translation>진행자가 정렬도 페이지에서 결과를 공개합니다.</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>표시할 화면</translation>
    </message>
    <message>
        <source>Show the presentation on this screen</source>
        <translation>이 화면에 프레젠테이션 표시</translation>
    </message>
    <message>
        <source>(this computer&apos;s main screen)</source>
        <translation>(이 컴퓨터의 기본 화면)</translation>
    </message>
    <message>
        <source>Screen {n}: {name} ({width} × {height})</source>
        <translation>화면 {n}: {name} ({width} × {height})</translation>
    </message>
    <message>
        <source>Screen {n} ({width} × {height})</source>
        <translation>화면 {n} ({width} × {height})</translation>
    </message>
</context>
<context>
    <name>ProgressShown</name>
    <message>
        <source>%v of %m questions</source>
        <translation>질문 %m개 중 %v개</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>파트너:</translation>
    </message>
    <message>
        <source>%p% · {done} of {n} participants done</source>
        <translation>%p% · 참가자 {n}명 중 {done}명 완료</translation>
    </message>
    <message>
        <source>{partner}:</source>
        <translation>{partner}:</translation>
    </message>
</context>
<context>
    <name>ProjectorSlide</name>
    <message>
        <source>Live answering - projector</source>
        <translation>실시간 답변 - 프로젝터</translation>
    </message>
    <message>
        <source>1. Join this room&apos;s Wi-Fi.
2. Scan the QR code on your own handout (or type its link).
3. Answer one question at a time; press &quot;I&apos;m done&quot; at the end.

Serving on {url} · {done} of {n} finished</source>
        <translation>1. 이 회의실의 Wi-Fi에 연결하세요.
2. 본인 안내문의 QR 코드를 스캔하세요 (또는 링크를 입력하세요).
3. 한 번에 한 질문씩 답하고 마지막에 &quot;완료&quot;를 누르세요.

서비스 주소 {url} · {n}명 중 {done}명 완료</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(시작 안 됨)</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>None ticked: the question is for every one.</source>
        <translation>아무것도 선택하지 않으면 모두에게 해당하는 질문입니다.</translation>
    </message>
    <message>
        <source>Answers may be competitively sensitive</source>
        <translation>답변이 경쟁상 민감할 수 있음</translation>
    </message>
    <message>
        <source>A position on the matter</source>
        <translation>사안에 대한 입장</translation>
    </message>
    <message>
        <source>How far it is defined (definition ladder)</source>
        <translation>정의된 정도 (정의 단계)</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>척도 시작</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>척도 끝</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation>옵션 추가(&amp;P)</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>옵션 삭제</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>유형(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>요소(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>질문(&amp;Q):</translation>
    </message>
    <message>
        <source>S&amp;hort title:</source>
        <translation>짧은 제목(&amp;H):</translation>
    </message>
    <message>
        <source>He&amp;lp:</source>
        <translation>도움말(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>가중치(&amp;W):</translation>
    </message>
    <message>
        <source>Phases
(none: all):</source>
        <translation>단계
(없음: 전체):</translation>
    </message>
    <message>
        <source>Purposes
(none: all):</source>
        <translation>목적
(없음: 전체):</translation>
    </message>
    <message>
        <source>Functions
(none: all):</source>
        <translation>직무
(없음: 전체):</translation>
    </message>
    <message>
        <source>&amp;Clause:</source>
        <translation>조항(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>측정 대상(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>척도(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Anchors:</source>
        <translation>기준점(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>옵션(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Points to split:</source>
        <translation>배분할 점수(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>최솟값(&amp;N):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>최댓값(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>허용 오차(&amp;T):</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>{field}에 문제가 있음</translation>
    </message>
    <message>
        <source>Option A</source>
        <translation>옵션 A</translation>
    </message>
    <message>
        <source>Option B</source>
        <translation>옵션 B</translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Fix the problems shown beside the fields to see the preview.</source>
        <translation>미리 보기를 보려면 필드 옆에 표시된 문제를 해결하세요.</translation>
    </message>
    <message>
        <source>Points to split: {n:g}</source>
        <translation>배분할 점수: {n:g}</translation>
    </message>
</context>
<context>
    <name>QuestionScopeBox</name>
    <message>
        <source>Questions asked in this workshop</source>
        <translation>이 워크숍에서 묻는 질문</translation>
    </message>
    <message>
        <source>&amp;Blind-spot threshold:</source>
        <translation>사각지대 기준값(&amp;B):</translation>
    </message>
    <message>
        <source>Blind-spot threshold</source>
        <translation>사각지대 기준값</translation>
    </message>
    <message>
        <source>A question measuring how far something is defined is a blind spot when the partners&apos; definition (0 not discussed, 1 agreed in writing) is below this.</source>
        <translation>정의 수준을 측정하는 질문은 파트너의 정의 수준(0 논의 안 됨, 1 서면 합의)이 이 값보다 낮으면 사각지대입니다.</translation>
    </message>
    <message>
        <source>Questions asked: tick to include, untick to exclude</source>
        <translation>묻는 질문: 선택하면 포함, 해제하면 제외</translation>
    </message>
    <message>
        <source>(included by you)</source>
        <translation>(직접 포함함)</translation>
    </message>
    <message>
        <source>(excluded by you)</source>
        <translation>(직접 제외함)</translation>
    </message>
    <message>
        <source>(not for this phase or purpose)</source>
        <translation>(이 단계나 목적에 해당하지 않음)</translation>
    </message>
    <message>
        <source>{n} of {total} questions are asked. The phase and purposes choose them; tick a question to include it or untick it to exclude it (Space toggles).</source>
        <translation>질문 {total}개 중 {n}개를 묻습니다. 단계와 목적에 따라 선택되며, 질문을 선택하면 포함되고 해제하면 제외됩니다 (스페이스 키로 전환).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Edit questionnaire</source>
        <translation>설문지 편집</translation>
    </message>
    <message>
        <source>Read-only: this workshop is open in another window.</source>
        <translation>읽기 전용: 이 워크숍은 다른 창에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>질문 추가(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>위로 이동(&amp;P)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>끄기(&amp;F)</translation>
    </message>
    <message>
        <source>A switched-off question is not asked or scored; its answers stay. A question not meant for this workshop&apos;s phase or purposes can be switched on.</source>
        <translation>끈 질문은 묻지도 채점하지도 않으며 답변은 유지됩니다. 이 워크숍의 단계나 목적에 해당하지 않는 질문도 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Question and questionnaire</source>
        <translation>질문 및 설문</translation>
    </message>
    <message>
        <source>The chosen question</source>
        <translation>선택한 질문</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save question</source>
        <translation>질문 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>질문(&amp;Q)</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>미리 보기(&amp;R)</translation>
    </message>
    <message>
        <source>Questionnaire &amp;&amp; &amp;glossary</source>
        <translation>설문지 및 용어집(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (꺼짐)</translation>
    </message>
    <message>
        <source> (not asked in this phase)</source>
        <translation> (이 단계에서는 묻지 않음)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save your changes to question {id}?</source>
        <translation>질문 {id}의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation>켜기(&amp;N)</translation>
    </message>
    <message>
        <source>This question has answers: its wording may change (the change is kept with the questionnaire); its type, options and scale may not.</source>
        <translation>이 질문에는 답변이 있습니다. 문구는 변경할 수 있지만(변경 내역은 설문지에 보관됨) 유형, 옵션, 척도는 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Edited {date}: {field} was “{was}”.</source>
        <translation>{date}에 편집됨: {field}은(는) 원래 “{was}”였습니다.</translation>
    </message>
    <message>
        <source>Edit question {id}</source>
        <translation>질문 {id} 편집</translation>
    </message>
    <message>
        <source>Question has answers</source>
        <translation>질문에 답변이 있음</translation>
    </message>
    <message>
        <source>Add your version as a new question and switch {id} off?</source>
        <translation>내 버전을 새 질문으로 추가하고 {id}을(를) 끌까요?</translation>
    </message>
    <message>
        <source>Duplicate {old} as {new}</source>
        <translation>{old}을(를) {new}(으)로 복제</translation>
    </message>
    <message>
        <source>Add question {id}</source>
        <translation>질문 {id} 추가</translation>
    </message>
    <message>
        <source>Duplicate question {id}</source>
        <translation>질문 {id} 복제</translation>
    </message>
    <message>
        <source>Move question {id}</source>
        <translation>질문 {id} 이동</translation>
    </message>
    <message>
        <source>Switch off question {id}</source>
        <translation>질문 {id} 끄기</translation>
    </message>
    <message>
        <source>Switch on question {id}</source>
        <translation>질문 {id} 켜기</translation>
    </message>
    <message>
        <source>Remove question {id}</source>
        <translation>질문 {id} 삭제</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>{name} has typed an answer that is not saved: {error}</source>
        <translation>{name}이(가) 입력한 답변이 저장되지 않았습니다: {error}</translation>
    </message>
    <message>
        <source>{name} has answered {n} of {total} questions and has not pressed &quot;I&apos;m done&quot;.</source>
        <translation>{name}은(는) 질문 {total}개 중 {n}개에 답했으며 아직 &quot;완료&quot;를 누르지 않았습니다.</translation>
    </message>
    <message>
        <source>Switch participant?</source>
        <translation>참가자를 바꿀까요?</translation>
    </message>
    <message>
        <source>Switch to {name}?</source>
        <translation>{name}(으)로 바꿀까요?</translation>
    </message>
    <message>
        <source>That was the last question. Press &quot;I&apos;m done&quot; when finished.</source>
        <translation>마지막 질문이었습니다. 끝났으면 &quot;완료&quot;를 누르세요.</translation>
    </message>
    <message>
        <source>Answer to {question}</source>
        <translation>{question}에 대한 답변</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>저장되지 않음: {problem}</translation>
    </message>
    <message>
        <source>Comment on {q}</source>
        <translation>{q}에 대한 의견</translation>
    </message>
    <message>
        <source>{name} is done</source>
        <translation>{name} 완료</translation>
    </message>
    <message>
        <source>{name} is not done</source>
        <translation>{name} 미완료</translation>
    </message>
    <message>
        <source>Blind mode: only your own answers are shown until the facilitator reveals them.</source>
        <translation>블라인드 모드: 진행자가 공개할 때까지 본인 답변만 표시됩니다.</translation>
    </message>
    <message>
        <source>Only the chosen participant&apos;s answers are shown here.</source>
        <translation>여기에는 선택한 참가자의 답변만 표시됩니다.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>설문지</translation>
    </message>
</context>
<context>
    <name>QuestionnaireSettings</name>
    <message>
        <source>Template &amp;id:</source>
        <translation>템플릿 ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Sections (one per element):</source>
        <translation>섹션 (요소마다 하나):</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>요소</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Intro</source>
        <translation>소개</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Glossary (terms participants must know):</source>
        <translation>용어집 (참가자가 알아야 할 용어):</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Add &amp;term</source>
        <translation>용어 추가(&amp;T)</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>용어 삭제</translation>
    </message>
    <message>
        <source>Save &amp;questionnaire details</source>
        <translation>설문지 세부 정보 저장(&amp;Q)</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>설문지</translation>
    </message>
    <message>
        <source>Edit questionnaire details</source>
        <translation>설문지 세부 정보 편집</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Participant answering</source>
        <translation>답변 중인 참가자</translation>
    </message>
    <message>
        <source>&amp;Who is answering:</source>
        <translation>답변자(&amp;W):</translation>
    </message>
    <message>
        <source>I&apos;m &amp;done</source>
        <translation>완료(&amp;D)</translation>
    </message>
    <message>
        <source>Mark this participant as finished</source>
        <translation>이 참가자를 완료로 표시</translation>
    </message>
    <message>
        <source>&amp;Live answering...</source>
        <translation>실시간 답변(&amp;L)...</translation>
    </message>
    <message>
        <source>Participants answer on their own phones or laptops</source>
        <translation>참가자가 각자의 휴대폰이나 노트북으로 답변합니다</translation>
    </message>
    <message>
        <source>Progress of this participant</source>
        <translation>이 참가자의 진행 상황</translation>
    </message>
    <message>
        <source>Progress of this partner</source>
        <translation>이 파트너의 진행 상황</translation>
    </message>
    <message>
        <source>This participant:</source>
        <translation>이 참가자:</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>통지 기간</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>의견(&amp;C):</translation>
    </message>
    <message>
        <source>Optional: why this answer?</source>
        <translation>선택 사항: 이렇게 답한 이유는?</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>Leave this question unanswered and go on</source>
        <translation>이 질문에 답하지 않고 넘어갑니다</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;know</source>
        <translation>모름(&amp;K)</translation>
    </message>
    <message>
        <source>Answer &quot;Don&apos;t know&quot; and go on (key 0). It counts as an answer, not a view.</source>
        <translation>&quot;모름&quot;으로 답하고 넘어갑니다 (0 키). 입장이 아니라 답변으로 집계됩니다.</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>다음(&amp;N) →</translation>
    </message>
    <message>
        <source>Keys: 1-9 answer and go on · 0 don&apos;t know · Enter or → next · ← back · Shift+Enter new line in a text answer · Tab moves between fields</source>
        <translation>키: 1-9 답하고 다음 · 0 모름 · Enter 또는 → 다음 · ← 이전 · Shift+Enter 텍스트 답변에서 줄 바꿈 · Tab 필드 간 이동</translation>
    </message>
    <message>
        <source>Nobody is answering yet</source>
        <translation>아직 답변 중인 사람이 없습니다</translation>
    </message>
    <message>
        <source>Answering: {name}</source>
        <translation>답변자: {name}</translation>
    </message>
    <message>
        <source>Add partners and participants on the Setup page first.</source>
        <translation>먼저 설정 페이지에서 파트너와 참가자를 추가하세요.</translation>
    </message>
    <message>
        <source>This questionnaire has no questions.</source>
        <translation>이 설문지에는 질문이 없습니다.</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>질문 {n}/{total}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>아직 답하지 않음</translation>
    </message>
    <message>
        <source>Answered: don&apos;t know</source>
        <translation>답변함: 모름</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변함</translation>
    </message>
    <message>
        <source>{n} answer(s) of this participant are to questions this workshop no longer asks ({ids}); they are kept in the file but not scored.</source>
        <translation>이 참가자의 답변 {n}개는 이 워크숍에서 더 이상 묻지 않는 질문({ids})에 대한 것입니다. 파일에는 보관되지만 채점되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of alignment scores</source>
        <translation>정렬 점수 레이더 차트</translation>
    </message>
    <message>
        <source>Not enough scores yet</source>
        <translation>아직 점수가 충분하지 않음</translation>
    </message>
</context>
<context>
    <name>RadarTable</name>
    <message>
        <source>Alignment scores as a table</source>
        <translation>정렬도 점수 표</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Drag to order, or select and press Ctrl+Up / Ctrl+Down. First = most important.</source>
        <translation>끌어서 순서를 정하거나 선택 후 Ctrl+위쪽 / Ctrl+아래쪽을 누르세요. 첫 번째 = 가장 중요.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Save this &amp;order</source>
        <translation>이 순서 저장(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>부족한 내용</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Backups of &apos;{name}&apos;, newest first. A backup is taken when a changed workshop is closed. They are kept in {folder}</source>
        <translation>&apos;{name}&apos;의 백업 (최신순). 변경된 워크숍을 닫을 때 백업이 생성됩니다. 백업 위치: {folder}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>이 워크숍의 백업이 아직 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Restore here</source>
        <translation>여기에 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the workshop&apos;s content with the backup; Edit &gt; Undo takes it back.</source>
        <translation>워크숍 내용을 백업으로 바꿉니다. 편집 &gt; 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore as a &amp;new file…</source>
        <translation>새 파일로 복원(&amp;N)…</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>백업이 복원되지 않음</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>{when} 백업 복원</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; Edit &gt; Undo takes it back.</source>
        <translation>{when} 백업을 복원했습니다. 편집 &gt; 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>백업 복원 위치</translation>
    </message>
    <message>
        <source>Partnership workshops (*.workshop);;All files (*)</source>
        <translation>파트너십 워크숍 (*.workshop);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Readiness</source>
        <translation>준비 상태</translation>
    </message>
    <message>
        <source>Select a check that is not ready and press Enter, or use the button, to go where it is fixed.</source>
        <translation>준비되지 않은 점검 항목을 선택하고 Enter를 누르거나 버튼을 사용하면 해결할 위치로 이동합니다.</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>준비 점검표</translation>
    </message>
    <message>
        <source>&amp;Go to where this is fixed</source>
        <translation>해결할 위치로 이동(&amp;G)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export &amp;Excel term sheet…</source>
        <translation>Excel 조건 요약서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>PDF 요약 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation>경영진 요약</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>전체 보고서</translation>
    </message>
    <message>
        <source>PDF variant</source>
        <translation>PDF 유형</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>용지 크기</translation>
    </message>
    <message>
        <source>Export pre-&amp;work workbook…</source>
        <translation>사전 작업 통합 문서 내보내기(&amp;W)…</translation>
    </message>
    <message>
        <source>Partner for the pre-work workbook</source>
        <translation>사전 작업 통합 문서의 파트너</translation>
    </message>
    <message>
        <source>Ready for the term sheet: {passed} of {total} checks</source>
        <translation>조건 요약서 준비: 점검 {total}개 중 {passed}개 통과</translation>
    </message>
    <message>
        <source>Add a partner on the Setup page first.</source>
        <translation>먼저 설정 페이지에서 파트너를 추가하세요.</translation>
    </message>
    <message>
        <source>Export reveals the results</source>
        <translation>내보내면 결과가 공개됩니다</translation>
    </message>
    <message>
        <source>Blind mode is on and the answers have not been revealed yet.

{contents} Anyone who sees the file sees them.

Export it anyway?</source>
        <translation>블라인드 모드가 켜져 있고 답변이 아직 공개되지 않았습니다.

{contents} 파일을 보는 사람은 누구나 이를 볼 수 있습니다.

그래도 내보낼까요?</translation>
    </message>
    <message>
        <source>The Excel term sheet contains the results: alignment scores, gaps and each partner&apos;s answers.</source>
        <translation>Excel 조건 요약서에는 결과(정렬 점수, 격차, 각 파트너의 답변)가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Export the Excel term sheet</source>
        <translation>Excel 조건 요약서 내보내기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the term sheet…</source>
        <translation>조건 요약서 내보내는 중…</translation>
    </message>
    <message>
        <source>The PDF summary contains the results: alignment scores, gaps and each partner&apos;s answers.</source>
        <translation>PDF 요약에는 결과(정렬 점수, 격차, 각 파트너의 답변)가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Export the PDF summary</source>
        <translation>PDF 요약 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the PDF summary…</source>
        <translation>PDF 요약 내보내는 중…</translation>
    </message>
    <message>
        <source>The pre-work workbook of {partner} contains the answers its participants have given so far, one sheet each.</source>
        <translation>{partner}의 사전 작업 통합 문서에는 참가자들이 지금까지 한 답변이 한 사람당 한 시트씩 들어 있습니다.</translation>
    </message>
    <message>
        <source>Export the pre-work workbook</source>
        <translation>사전 작업 통합 문서 내보내기</translation>
    </message>
    <message>
        <source>Exporting the pre-work workbook…</source>
        <translation>사전 작업 통합 문서 내보내는 중…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <source>Saved {name}.

Open the folder?</source>
        <translation>{name} 저장됨.

폴더를 열까요?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>검토 및 내보내기</translation>
    </message>
</context>
<context>
    <name>ReviewPointsModel</name>
    <message>
        <source>Review point</source>
        <translation>검토 시점</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>May decide to</source>
        <translation>결정 가능 사항</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>May decide to: &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>결정 가능 사항: &apos;{value}&apos;은(는) {allowed} 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>Edit review point</source>
        <translation>검토 시점 편집</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Workshop setup</source>
        <translation>워크숍 설정</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>워크숍</translation>
    </message>
    <message>
        <source>Partners (2 to 6)</source>
        <translation>파트너 (2~6곳)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>파트너 추가(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>색상(&amp;O)…</translation>
    </message>
    <message>
        <source>Remove partner…</source>
        <translation>파트너 삭제…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>파트너(&amp;P):</translation>
    </message>
    <message>
        <source>Partner whose participants are shown</source>
        <translation>참가자를 표시할 파트너</translation>
    </message>
    <message>
        <source>(not given: asked everything)</source>
        <translation>(지정 안 함: 모든 질문)</translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation>참가자 추가(&amp;P)</translation>
    </message>
    <message>
        <source>Remove participant…</source>
        <translation>참가자 삭제…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>워크숍 날짜</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>워크숍 세부 정보 편집</translation>
    </message>
    <message>
        <source>Partner {n}</source>
        <translation>파트너 {n}</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>파트너 추가</translation>
    </message>
    <message>
        <source>Select a partner first.</source>
        <translation>먼저 파트너를 선택하세요.</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>{name}의 색상</translation>
    </message>
    <message>
        <source>Change colour of {name}</source>
        <translation>{name}의 색상 변경</translation>
    </message>
    <message>
        <source>{n} participant(s)</source>
        <translation>참가자 {n}명</translation>
    </message>
    <message>
        <source>{n} answer(s)</source>
        <translation>답변 {n}개</translation>
    </message>
    <message>
        <source>{n} contribution(s) by or to this partner</source>
        <translation>이 파트너가 제공하거나 받는 기여 {n}건</translation>
    </message>
    <message>
        <source>its part in {n} decision right(s)</source>
        <translation>의사결정 권한 {n}건에서의 역할</translation>
    </message>
    <message>
        <source>its ownership of {n} shared asset(s)</source>
        <translation>공유 자산 {n}건에 대한 소유권</translation>
    </message>
    <message>
        <source>Remove {name}? This also removes:

{list}

Undo brings it all back.</source>
        <translation>{name}을(를) 삭제할까요? 다음도 함께 삭제됩니다:

{list}

실행 취소로 모두 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>파트너 삭제</translation>
    </message>
    <message>
        <source>Remove partner {name}</source>
        <translation>파트너 {name} 삭제</translation>
    </message>
    <message>
        <source>Add a partner first.</source>
        <translation>먼저 파트너를 추가하세요.</translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>참가자 {n}</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>참가자 추가</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>먼저 참가자를 선택하세요.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>참가자 삭제</translation>
    </message>
    <message>
        <source>Remove {name} and their {n} answer(s)? Undo brings them back.</source>
        <translation>{name}과(와) 답변 {n}개를 삭제할까요? 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove participant {name}</source>
        <translation>참가자 {name} 삭제</translation>
    </message>
    <message>
        <source>A workshop needs at least {n} partners; add {missing} more.</source>
        <translation>워크숍에는 최소 {n}곳의 파트너가 필요합니다. {missing}곳을 더 추가하세요.</translation>
    </message>
    <message>
        <source>A workshop has at most {n} partners.</source>
        <translation>워크숍의 파트너는 최대 {n}곳입니다.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>SharedAssetsModel</name>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>제공자</translation>
    </message>
    <message>
        <source>Treatment on exit</source>
        <translation>탈퇴 시 처리</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>공동 창출</translation>
    </message>
    <message>
        <source>Kind: &apos;{value}&apos; is not an asset kind.</source>
        <translation>유형: &apos;{value}&apos;은(는) 자산 유형이 아닙니다.</translation>
    </message>
    <message>
        <source>Brought by: choose a partner or &apos;jointly&apos;.</source>
        <translation>제공자: 파트너 또는 &apos;공동&apos;을 선택하세요.</translation>
    </message>
    <message>
        <source>Edit shared asset</source>
        <translation>공유 자산 편집</translation>
    </message>
    <message>
        <source>No treatment on exit: say what happens to {name}.</source>
        <translation>탈퇴 시 처리 방식 없음: {name}을(를) 어떻게 할지 정하세요.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Find where the partners disagree before the deal is signed, agree contributions, decision rights and exit terms, and leave with a term sheet and a leadership summary.</source>
        <translation>계약 체결 전에 파트너 간 이견을 찾아내고, 기여·의사결정 권한·탈퇴 조건에 합의한 뒤 조건 요약서와 경영진 요약을 손에 들고 마칩니다.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>새 워크숍(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent workshops:</source>
        <translation>최근 워크숍(&amp;R):</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>최근 워크숍</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (없음)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a whole number.</source>
        <translation>{what}: &apos;{raw}&apos;은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a number.</source>
        <translation>{what}: &apos;{raw}&apos;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a date; type it as {iso} or {local}.</source>
        <translation>{what}: &apos;{raw}&apos;은(는) 날짜가 아닙니다. {iso} 또는 {local} 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>TemplateButtons</name>
    <message>
        <source>Save as &amp;template</source>
        <translation>템플릿으로 저장(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xport (YAML or Excel)…</source>
        <translation>내보내기 (YAML 또는 Excel)(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import a template file…</source>
        <translation>템플릿 파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace template?</source>
        <translation>템플릿을 바꿀까요?</translation>
    </message>
    <message>
        <source>Your templates already hold {id} version {v}. Replace it? (To keep both, change the version on the Questionnaire tab first.)</source>
        <translation>템플릿에 이미 {id} 버전 {v}이(가) 있습니다. 바꿀까요? (둘 다 유지하려면 먼저 설문지 탭에서 버전을 변경하세요.)</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>템플릿을 저장할 수 없음</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>템플릿 저장됨</translation>
    </message>
    <message>
        <source>Saved as {path}. New workshops can start from it.</source>
        <translation>{path}(으)로 저장했습니다. 새 워크숍을 이 템플릿으로 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>설문지 내보내기</translation>
    </message>
    <message>
        <source>Template (*.yaml);;Excel form (*.xlsx)</source>
        <translation>템플릿 (*.yaml);;Excel 양식 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export the questionnaire</source>
        <translation>설문지를 내보낼 수 없음</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>템플릿 파일 가져오기</translation>
    </message>
    <message>
        <source>Templates (*.yaml *.yml *.xlsx)</source>
        <translation>템플릿 (*.yaml *.yml *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot import the template</source>
        <translation>템플릿을 가져올 수 없음</translation>
    </message>
    <message>
        <source>It breaks these writing rules:</source>
        <translation>다음 작성 규칙을 위반합니다:</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>템플릿 가져옴</translation>
    </message>
</context>
<context>
    <name>TextPanel</name>
    <message>
        <source>Text answer</source>
        <translation>텍스트 답변</translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation>텍스트 저장(&amp;T)</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Primary purpose:</source>
        <translation>주요 목적(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Secondary purposes:</source>
        <translation>부차 목적(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>단계(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>장소(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>진행자(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Gap threshold:</source>
        <translation>격차 기준값(&amp;G):</translation>
    </message>
    <message>
        <source>Questions whose alignment is below this value are listed as gaps.</source>
        <translation>정렬도가 이 값보다 낮은 질문은 격차로 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Confidentiality label:</source>
        <translation>기밀 등급 표시(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Blind mode: nobody sees other answers until the facilitator reveals them</source>
        <translation>블라인드 모드(&amp;B): 진행자가 공개할 때까지 아무도 다른 사람의 답변을 볼 수 없음</translation>
    </message>
    <message>
        <source>Reports may name who &amp;wrote a comment</source>
        <translation>보고서에 의견 작성자를 표시할 수 있음(&amp;W)</translation>
    </message>
</context>
</TS>
