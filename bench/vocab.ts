/**
 * Vocabulary for the bench seed: what a Korean startup's CS desk hears, in Korean and English.
 * Each topic carries its tag and a weight (how often it comes up), so searching for "환불",
 * "배송", "invoice" or "refund" finds a realistic share of the inquiries, not all or none.
 */
export type Lang = "ko" | "en";
export type Topic = { lang: Lang; tag: string; weight: number; subjects: string[]; sentences: string[] };

export const koShare = 0.65;

export const topics: Topic[] = [
  {
    lang: "ko", tag: "refund", weight: 9,
    subjects: ["환불 요청드립니다", "환불 처리 언제 되나요?", "결제 취소 후 환불이 안 들어왔어요", "부분 환불 가능한가요?", "구독 해지하고 환불받고 싶어요"],
    sentences: [
      "지난주에 결제한 건에 대해 환불을 요청드립니다.",
      "환불 신청한 지 일주일이 지났는데 아직 입금이 안 됐어요.",
      "카드사에 확인해 보니 취소 내역이 없다고 합니다.",
      "사용하지 않은 기간만큼 부분 환불이 가능한지 궁금합니다.",
      "환불 규정을 다시 한번 안내해 주실 수 있을까요?",
      "환불 받을 계좌를 변경하고 싶습니다.",
    ],
  },
  {
    lang: "ko", tag: "delivery", weight: 13,
    subjects: ["배송이 아직 안 왔어요", "배송 조회가 안 됩니다", "배송지 변경 요청", "배송 지연 문의", "상품이 파손되어 도착했어요"],
    sentences: [
      "주문한 지 5일이 지났는데 아직 배송 준비 중으로 나옵니다.",
      "운송장 번호로 조회하면 정보가 없다고 나와요.",
      "배송지를 회사 주소로 바꾸고 싶습니다.",
      "박스가 찢어진 채로 도착했고 제품 모서리가 깨져 있었어요.",
      "언제쯤 받아볼 수 있을지 알려주세요.",
      "택배 기사님과 연락이 되지 않습니다.",
    ],
  },
  {
    lang: "ko", tag: "billing", weight: 14,
    subjects: ["결제가 두 번 됐어요", "카드 결제 오류", "세금계산서 발행 요청", "영수증 재발급 부탁드립니다", "요금제 변경 시 결제 금액 문의"],
    sentences: [
      "같은 금액이 두 번 결제되었습니다.",
      "법인카드로 결제하려는데 계속 승인 거절이 나요.",
      "이번 달 세금계산서를 사업자 이메일로 보내주세요.",
      "연간 요금제로 바꾸면 차액은 어떻게 계산되나요?",
      "중복 결제된 금액은 환불 부탁드립니다.",
      "결제 수단을 계좌이체로 바꿀 수 있나요?",
    ],
  },
  {
    lang: "ko", tag: "account", weight: 12,
    subjects: ["로그인이 안 돼요", "비밀번호 재설정 메일이 안 와요", "회원 탈퇴 방법 문의", "계정 이메일 변경 요청", "2단계 인증 초기화 요청"],
    sentences: [
      "비밀번호를 맞게 입력했는데도 로그인이 되지 않습니다.",
      "재설정 메일을 세 번이나 요청했는데 받은 편지함에 아무것도 없어요.",
      "퇴사한 직원 계정을 다른 사람에게 넘기고 싶습니다.",
      "휴대폰을 바꿔서 인증 앱에 접근할 수가 없어요.",
      "회원 탈퇴하면 데이터는 언제 삭제되나요?",
      "계정이 잠겼다는 메시지가 나옵니다.",
    ],
  },
  {
    lang: "ko", tag: "bug", weight: 14,
    subjects: ["앱이 자꾸 꺼져요", "저장 버튼이 동작하지 않아요", "알림이 오지 않습니다", "엑셀 다운로드 시 글자가 깨져요", "화면이 하얗게 나옵니다"],
    sentences: [
      "최신 버전으로 업데이트한 뒤부터 앱이 실행되자마자 종료됩니다.",
      "저장 버튼을 눌러도 아무 반응이 없고 새로고침하면 내용이 사라져요.",
      "푸시 알림 설정은 켜져 있는데 알림이 전혀 오지 않습니다.",
      "엑셀로 내려받으면 한글이 모두 깨져서 보입니다.",
      "크롬에서 로그인하면 빈 화면만 보입니다.",
      "아이폰과 안드로이드 둘 다 같은 증상이 있어요.",
    ],
  },
  {
    lang: "ko", tag: "how-to", weight: 14,
    subjects: ["팀원 초대는 어떻게 하나요?", "데이터를 엑셀로 내보내는 방법", "권한 설정 방법 문의", "모바일 앱 사용법이 궁금해요", "연동 설정 방법 문의"],
    sentences: [
      "새로 입사한 팀원을 워크스페이스에 초대하고 싶습니다.",
      "지난 분기 데이터를 한 번에 내보내는 방법이 있을까요?",
      "관리자만 결제 정보를 볼 수 있게 설정하고 싶어요.",
      "사용 가이드 문서 링크를 보내주실 수 있나요?",
      "처음 써 보는데 어디서부터 시작해야 할지 모르겠어요.",
      "카카오톡 채널과 연동하려면 무엇을 준비해야 하나요?",
    ],
  },
  {
    lang: "ko", tag: "feature request", weight: 10,
    subjects: ["다크 모드 지원 계획이 있나요?", "슬랙 연동 기능 요청", "대량 업로드 기능이 있으면 좋겠어요", "API 제공 여부 문의", "보고서 기능 개선 제안"],
    sentences: [
      "밤에 작업할 때가 많아서 다크 모드가 꼭 있었으면 좋겠습니다.",
      "새 문의가 들어오면 슬랙으로 알림을 받고 싶어요.",
      "고객 목록을 CSV로 한 번에 올릴 수 있으면 업무가 훨씬 편해질 것 같아요.",
      "사내 시스템과 연결하려고 하는데 API 문서가 있나요?",
      "주간 보고서를 PDF로 받을 수 있으면 좋겠습니다.",
      "경쟁 서비스에는 있는 기능이라 팀에서 요청이 많습니다.",
    ],
  },
  {
    lang: "ko", tag: "complaint", weight: 14,
    subjects: ["상담원 응대가 불친절했어요", "답변이 너무 늦어요", "같은 문제가 계속 반복됩니다", "약속한 환불이 아직도 안 됐어요", "서비스 품질에 실망했습니다"],
    sentences: [
      "전화 상담 중에 일방적으로 전화를 끊으셨습니다.",
      "문의를 남긴 지 사흘이 지났는데 아무 답변이 없어요.",
      "지난달에도 같은 문제로 연락드렸는데 해결되지 않았습니다.",
      "이런 식이면 다른 서비스로 옮길 수밖에 없습니다.",
      "책임자분과 직접 통화하고 싶습니다.",
      "배송도 늦고 안내도 제대로 받지 못했습니다.",
    ],
  },
  {
    lang: "en", tag: "refund", weight: 10,
    subjects: ["Refund request", "Where is my refund?", "Refund for a duplicate charge", "Can I get a partial refund?", "Cancel subscription and refund"],
    sentences: [
      "I would like to request a refund for my last payment.",
      "The refund was approved a week ago but it has not reached my card yet.",
      "Could you refund the unused months of my annual plan?",
      "Please cancel my subscription and refund the remaining balance.",
      "What is your refund policy for team plans?",
      "My bank says no reversal has been issued.",
    ],
  },
  {
    lang: "en", tag: "delivery", weight: 11,
    subjects: ["Order not delivered yet", "Tracking number does not work", "Change delivery address", "Package arrived damaged", "Delivery delay"],
    sentences: [
      "My order still shows as processing after five days.",
      "The tracking number you sent returns no results.",
      "Can I change the delivery address to our office?",
      "The box was crushed and the device screen is cracked.",
      "When can I expect the delivery?",
      "The courier left the parcel at the wrong building.",
    ],
  },
  {
    lang: "en", tag: "billing", weight: 16,
    subjects: ["Invoice request for last month", "Wrong amount on invoice", "Please resend the invoice", "Charged twice this month", "Add our VAT number to the invoice"],
    sentences: [
      "Our finance team needs the invoice for last month.",
      "The invoice shows the wrong seat count.",
      "Could you resend the invoice to billing@ our domain?",
      "We were charged twice for the same invoice.",
      "Please add our VAT number and company address to the invoice.",
      "Can we pay by bank transfer instead of card?",
    ],
  },
  {
    lang: "en", tag: "account", weight: 12,
    subjects: ["Cannot log in", "Password reset email not arriving", "Delete my account", "Change account email", "Reset two-factor authentication"],
    sentences: [
      "I cannot log in even though my password is correct.",
      "I requested a password reset three times and got nothing.",
      "Please transfer this account to my colleague.",
      "I lost my phone and cannot get my two-factor code.",
      "How long do you keep data after an account is deleted?",
      "The app says my account is locked.",
    ],
  },
  {
    lang: "en", tag: "bug", weight: 15,
    subjects: ["App crashes on start", "Save button does nothing", "Notifications stopped working", "Export file is garbled", "Blank page after login"],
    sentences: [
      "Since the latest update the app crashes right after it starts.",
      "Clicking save does nothing and my changes are lost on reload.",
      "Push notifications are enabled but none arrive.",
      "The exported CSV shows broken characters for Korean names.",
      "After logging in with Chrome I only see a blank page.",
      "It happens on both iOS and Android.",
    ],
  },
  {
    lang: "en", tag: "how-to", weight: 14,
    subjects: ["How do I invite teammates?", "How to export data", "Setting up permissions", "Getting started guide", "How to connect an integration"],
    sentences: [
      "How do I invite a new teammate to our workspace?",
      "Is there a way to export last quarter's data at once?",
      "I want only admins to see billing details.",
      "Could you send me a link to the user guide?",
      "I am new to the product and not sure where to start.",
      "What do I need to connect our help center?",
    ],
  },
  {
    lang: "en", tag: "feature request", weight: 10,
    subjects: ["Dark mode?", "Slack integration request", "Bulk upload feature", "Do you have an API?", "Better reports"],
    sentences: [
      "Our team works late and would love a dark mode.",
      "We want a Slack message whenever a new inquiry arrives.",
      "Uploading customers from a CSV file would save us hours.",
      "Is there API documentation for connecting our internal tools?",
      "A weekly PDF report would help our managers.",
      "Your competitor already has this and our team keeps asking.",
    ],
  },
  {
    lang: "en", tag: "complaint", weight: 12,
    subjects: ["Rude support call", "Slow responses", "Same problem again", "Still waiting for my refund", "Disappointed with the service"],
    sentences: [
      "The agent hung up on me in the middle of the call.",
      "I wrote three days ago and nobody has answered.",
      "This is the same issue I reported last month.",
      "If this continues we will move to another provider.",
      "I would like to speak to a manager.",
      "The delivery was late and nobody told us why.",
    ],
  },
];

export const greetings: Record<Lang, string[]> = {
  ko: ["안녕하세요.", "안녕하세요, 담당자님.", "수고 많으십니다.", "문의드립니다.", "안녕하세요. 급하게 연락드립니다."],
  en: ["Hi,", "Hello team,", "Hi there,", "Good morning,", "Hello,"],
};
export const closings: Record<Lang, string[]> = {
  ko: ["확인 부탁드립니다.", "빠른 답변 부탁드려요.", "감사합니다.", "연락 기다리겠습니다.", "오늘 중으로 답변 주시면 감사하겠습니다."],
  en: ["Thanks.", "Please advise.", "Thank you in advance.", "Looking forward to your reply.", "Regards."],
};
export const orderLabel: Record<Lang, string> = { ko: "주문번호", en: "Order" };

export const replies: Record<Lang, string[]> = {
  ko: [
    "안녕하세요, 고객님. 문의 주셔서 감사합니다. 확인 후 바로 안내드리겠습니다.",
    "요청하신 내용 처리 완료되었습니다. 추가로 궁금하신 점 있으시면 언제든 말씀해 주세요.",
    "불편을 드려 죄송합니다. 담당 부서에 전달해 빠르게 해결하겠습니다.",
    "말씀하신 증상을 재현해 보았고, 임시 해결 방법을 안내드립니다.",
  ],
  en: [
    "Hi, thanks for reaching out. We are looking into this and will get back to you shortly.",
    "This is done on our side. Let us know if anything else comes up.",
    "Sorry for the trouble. I have passed this to the team and will update you today.",
    "We reproduced the issue; here is a workaround until the fix ships.",
  ],
};
export const notes: Record<Lang, string[]> = {
  ko: ["결제팀 확인 필요", "개발팀에 재현 요청함", "VIP 고객, 우선 처리", "동일 문의 3건째"],
  en: ["Needs a check by billing", "Asked dev to reproduce", "Key account, handle first", "Third report of this this week"],
};

export const koSurnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"];
export const koGiven = ["민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지우", "시우", "서윤", "주원", "하린", "지민", "유진", "현우", "다은"];
export const enFirst = ["James", "Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sophia", "Daniel", "Chloe"];
export const enLast = ["Smith", "Kim", "Lee", "Park", "Brown", "Garcia", "Miller", "Chen", "Wilson", "Taylor"];
export const companies = ["한빛상사", "누리테크", "바른식품", "스텔라랩스", "Acme Corp", "Blue Harbor", "하늘물류", "코드웨이브", "Northwind", "미래교육"];
export const churnReasons = [
  "가격이 부담돼서 해지합니다.",
  "필요한 기능이 없어서 다른 서비스로 옮겼습니다.",
  "Too many bugs lately.",
  "We no longer need it after the reorg.",
];
