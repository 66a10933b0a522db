/**
 * Fix-board vocabulary for the bench: problem titles per topic of bench/vocab.ts (same language
 * and tag), so a problem's linked inquiries are about what its title says. With 5,000 problems
 * built from ~130 base titles plus a prefix and a suffix, the board holds many near-duplicates
 * ("앱이 실행 직후 종료됨 (안드로이드)", "[재발] 앱이 실행 직후 종료됨") — what similar-problem
 * suggestions exist to catch.
 */
import type { Lang } from "./vocab";

export const problemTitles: Record<Lang, Record<string, string[]>> = {
  ko: {
    refund: ["환불 처리 지연", "부분 환불 기준이 불명확함", "결제 취소 후 환불 미입금", "환불 계좌 변경 불가", "구독 해지 시 환불 안내 누락", "환불 진행 상태 조회 불가", "카드사 취소 내역 미반영", "환불 규정 안내 페이지 부재"],
    delivery: ["배송 조회 정보 없음", "배송지 변경 불가", "배송 지연 안내 누락", "파손 상태로 배송됨", "운송장 번호 오류", "택배 기사 연락 불가", "배송 준비 중 상태에서 멈춤", "묶음 배송 누락"],
    billing: ["중복 결제 발생", "법인카드 결제 승인 거절", "세금계산서 발행 지연", "영수증 재발급 불가", "요금제 변경 시 차액 계산 오류", "계좌이체 결제 미지원", "결제 실패 후 서비스 중지", "청구 금액이 평소와 다름"],
    account: ["로그인이 되지 않음", "비밀번호 재설정 메일 미수신", "회원 탈퇴 후 데이터 삭제 시점 불명확", "계정 이메일 변경 불가", "2단계 인증 초기화 불가", "계정 잠김 해제 요청 다수", "퇴사자 계정 이관 불가", "로그인 후 빈 화면 표시"],
    bug: ["앱이 실행 직후 종료됨", "저장 버튼을 눌러도 반응 없음", "푸시 알림이 오지 않음", "엑셀 다운로드 시 한글 깨짐", "업데이트 후 앱이 자꾸 꺼짐", "화면이 하얗게 나옴", "새로고침하면 입력 내용이 사라짐", "아이폰과 안드로이드에서 동일 오류"],
    "how-to": ["팀원 초대 방법 안내 부족", "데이터 일괄 내보내기 방법 문의 다수", "권한 설정 가이드 부재", "모바일 앱 사용법 문의 반복", "카카오톡 채널 연동 설정 어려움", "처음 사용자 온보딩 부족", "사용 가이드 문서 링크 찾기 어려움", "분기 데이터 내보내기 방법 불명확"],
    "feature request": ["다크 모드 지원", "슬랙 알림 연동", "고객 목록 CSV 대량 업로드", "API 제공", "주간 보고서 PDF 내보내기", "보고서 기능 개선", "경쟁 서비스 대비 부족 기능 보완", "대량 업로드 기능"],
    complaint: ["상담원 응대 불친절", "답변 지연", "같은 문제 반복 발생", "약속한 환불 미처리", "서비스 품질 불만", "전화 상담 중 통화 끊김", "책임자 통화 요청 다수", "배송 지연 안내 부족 불만"],
  },
  en: {
    refund: ["Refund not received after approval", "Partial refund rules unclear", "Duplicate charge refund delayed", "Cannot cancel subscription with refund", "Refund policy for team plans missing", "Bank shows no reversal", "Refund status not visible", "Annual plan refund for unused months"],
    delivery: ["Order stuck in processing", "Tracking number returns no results", "Cannot change delivery address", "Package arrived damaged", "Delivery delay not communicated", "Parcel left at the wrong building", "Courier unreachable", "Split shipment missing items"],
    billing: ["Invoice missing for last month", "Wrong amount on invoice", "Invoice shows wrong seat count", "Charged twice this month", "VAT number not on invoice", "Bank transfer payment not supported", "Invoice resend fails", "Company address wrong on invoice"],
    account: ["Cannot log in with correct password", "Password reset email not arriving", "Account deletion data retention unclear", "Cannot change account email", "Two-factor reset not possible", "Account locked message", "Cannot transfer account to colleague", "Login loop after password reset"],
    bug: ["App crashes on start", "Save button does nothing", "Notifications stopped working", "Exported CSV garbled for Korean names", "Blank page after login", "Changes lost on reload", "Crash after the latest update", "Same error on iOS and Android"],
    "how-to": ["How to invite teammates is unclear", "Data export steps unclear", "Permission setup confusing", "Getting started guide hard to find", "Integration setup unclear", "Help center connection steps missing", "Admin-only billing view setup", "Quarterly export how-to missing"],
    "feature request": ["Dark mode", "Slack integration", "Bulk upload from CSV", "Public API", "Weekly PDF report", "Better reports", "Competitor feature parity", "API documentation for internal tools"],
    complaint: ["Rude support call", "Slow responses from support", "Same problem reported again", "Promised refund still pending", "Disappointed with the service", "Agent hung up mid-call", "Requests to speak to a manager", "Late delivery not explained"],
  },
};

export const titlePrefixes: Record<Lang, string[]> = {
  ko: ["", "", "", "", "[긴급] ", "[재발] ", "[모바일] ", "[관리자] "],
  en: ["", "", "", "", "[Urgent] ", "[Regression] ", "[Mobile] ", "[Admin] "],
};

export const titleSuffixes: Record<Lang, string[]> = {
  ko: ["", "", "", " (안드로이드)", " (iOS)", " — 최신 버전", " 문의 다수", " (일부 매장)", " 재현됨", " (법인 고객)"],
  en: ["", "", "", " (Android)", " (iOS)", " since the last release", " — many reports", " for some accounts", " (enterprise)", " again"],
};

export const releaseNotes: Record<Lang, string[]> = {
  ko: ["수정 버전을 배포했습니다. 앱을 업데이트한 뒤 다시 시도해 주세요.", "원인을 찾아 수정했습니다. 같은 문제가 생기면 알려 주세요.", "안내 문서를 보완하고 화면 문구를 고쳤습니다."],
  en: ["A fix is out; please update the app and try again.", "We found the cause and fixed it. Let us know if it happens again.", "We improved the help article and the wording on screen."],
};

export const declineReasons: Record<Lang, string[]> = {
  ko: ["올해 계획 범위 밖이라 진행하지 않습니다. 요청이 늘면 다시 검토합니다.", "제휴 서비스 연동으로 대신 제공합니다.", "재현되지 않아 종료합니다. 다시 생기면 새 카드로 올려 주세요."],
  en: ["Out of scope for this year; we will revisit if requests grow.", "Covered by a partner integration instead.", "Could not reproduce; please open a new card if it happens again."],
};
