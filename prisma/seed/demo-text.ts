/**
 * What the demo inquiries say: scenarios per tag and language that a CS desk at a Korean
 * table-order SaaS actually sees (세금계산서, 결제 실패, 배송, 환불, login, invoice, refund…), so the
 * queue's search has real words to find. Each scenario keeps its subject, message and the answer
 * that resolves it together, so a timeline reads as one conversation. `{placeholders}` are
 * filled per inquiry (see demo-inquiries.ts).
 */
import type { CustomerType, Priority } from "../../lib/inquiries/rules";
import type { DemoLang, DemoTagName, DemoTeam } from "./demo-customers";

export interface InquiryTemplate {
  tag: DemoTagName;
  /** For colleagues (INTERNAL): which team writes it. */
  team?: DemoTeam;
  lang: DemoLang;
  /** Customer types (snapshot) this scenario fits; default: BUYER and USER. */
  for?: readonly CustomerType[];
  /** A second tag and how often it comes along. */
  also?: readonly [DemoTagName, number];
  priority?: readonly (readonly [Priority, number])[];
  subjects: readonly string[];
  /** When there are as many subjects as bodies, they are pairs (same index). */
  bodies: readonly string[];
  /** The staff answer that resolves it (without greeting and sign-off). */
  resolve: readonly string[];
  /** What the agent asks for when the inquiry needs details; default per tag. */
  ask?: string;
  /** What product writes in an internal note when it looks into it (bugs). */
  productNote?: readonly string[];
  /** Something a customer asks only once (closing a store, transferring the account…). */
  once?: boolean;
  /** Only used for the release-incident spike (see demo-inquiries.ts). */
  incident?: boolean;
}

const PROSPECT = ["PROSPECT"] as const;
const INTERNAL = ["INTERNAL"] as const;
const CHURNED_ONLY = ["CHURNED"] as const;
const PAYING_OR_LEFT = ["BUYER", "USER", "CHURNED"] as const;
const RAISED = [["NORMAL", 55], ["HIGH", 37], ["URGENT", 8]] as const;
const SEVERE = [["NORMAL", 15], ["HIGH", 60], ["URGENT", 25]] as const;
const INCIDENT = [["HIGH", 45], ["URGENT", 55]] as const;

const loginNotesKo = ["재현 확인했습니다. {version}에서 세션 토큰 갱신 로직 문제로 보입니다. 핫픽스 준비 중입니다."];
const loginNotesEn = ["Reproduced with {version}: a race in the session token refresh. Hotfix in review."];

const customerTemplates: InquiryTemplate[] = [
  // ── billing ──────────────────────────────────────────────────────────────
  {
    tag: "billing", lang: "ko",
    subjects: ["{month} 세금계산서 발행 요청", "세금계산서 발행 부탁드립니다", "{month} 이용료 세금계산서 미수신"],
    bodies: [
      "{month} 이용료 세금계산서를 아직 받지 못했습니다. 사업자 정보는 이전과 같습니다. 이번 주 안에 회계 마감을 해야 해서 발행 부탁드립니다.",
      "{month} 세금계산서가 메일로 오지 않았습니다. 홈택스에서도 조회가 안 되는데 확인 부탁드립니다.",
    ],
    resolve: ["{month} 세금계산서를 발행해 등록된 이메일로 보내드렸습니다. 국세청 홈택스에서도 조회하실 수 있습니다."],
  },
  {
    tag: "billing", lang: "ko", once: true,
    subjects: ["세금계산서 받을 이메일 변경", "세금계산서 상호 변경 후 재발행 요청"],
    bodies: [
      "이번 달부터 세금계산서를 대표 메일이 아니라 회계 담당자 메일로 받고 싶습니다. 관리자 페이지에서는 변경 메뉴를 찾지 못했습니다.",
      "{month} 세금계산서에 상호가 예전 이름으로 나와 있습니다. 사업자등록증을 새로 보내드릴 테니 재발행 부탁드립니다.",
    ],
    resolve: ["요청하신 대로 세금계산서 수신 정보를 변경하고 {month} 세금계산서를 재발행했습니다. 다음 달부터는 변경된 정보로 발행됩니다."],
    ask: "사업자등록증 사본과 변경하실 이메일 주소를",
  },
  {
    tag: "billing", lang: "ko", priority: RAISED,
    subjects: ["정기결제 실패 문자가 왔어요", "카드 결제 실패 안내 관련 문의", "결제 실패로 서비스가 중지된다고 나와요"],
    bodies: [
      "오늘 아침에 '정기결제 실패' 문자를 받았습니다. 카드 한도는 문제없는데 왜 결제가 실패했는지 확인 부탁드립니다. 서비스가 중단되면 영업에 지장이 있어서요.",
      "등록된 법인카드가 만료돼서 새 카드로 바꾸려고 하는데 관리자 페이지에서 결제수단 변경을 누르면 오류가 납니다. 결제 실패 상태가 계속 떠 있습니다.",
      "관리자 페이지 상단에 '결제 실패: 이번 주 금요일까지 결제하지 않으면 이용이 제한됩니다'라는 안내가 나옵니다. 자동결제로 알고 있었는데 어떻게 된 건지 궁금합니다.",
    ],
    resolve: [
      "카드 유효기간 만료로 결제가 거절된 것이었습니다. 새 카드로 결제수단 변경을 도와드렸고, 실패했던 정기결제는 오늘 재결제 처리했습니다. 서비스는 정상적으로 이용하실 수 있습니다.",
      "카드사 일시 점검 시간에 결제가 시도되어 실패했습니다. 방금 재결제가 정상 승인되었고, 이용 제한 안내도 사라졌습니다.",
    ],
  },
  {
    tag: "billing", lang: "ko",
    subjects: ["매장 추가 시 요금제 변경 문의", "요금제 다운그레이드 가능할까요?"],
    bodies: [
      "매장이 {n}곳으로 늘어서 요금제를 바꾸려고 합니다. 월 중간에 변경하면 요금이 일할 계산되나요?",
      "비수기라 태블릿 {count}대 중 일부만 쓰고 있어서 요금제를 낮추고 싶습니다. 다음 결제일부터 적용 가능한가요?",
    ],
    resolve: ["요청하신 요금제 변경을 다음 결제일부터 적용되도록 처리했습니다. 월 중간 변경분은 일할 계산되어 다음 청구서에 반영됩니다."],
  },
  {
    tag: "billing", lang: "ko",
    subjects: ["청구 금액이 평소와 달라요", "{month} 청구 금액 문의"],
    bodies: ["이번 달 청구 금액이 {amount}원으로 나왔는데 평소보다 많습니다. 어떤 항목이 추가된 건지 내역 확인 부탁드립니다."],
    resolve: ["확인해 보니 지난달 추가하신 태블릿 {n}대의 이용료가 이번 달부터 함께 청구되었습니다. 상세 내역은 관리자 페이지 > 결제 > 청구서에서 보실 수 있습니다."],
  },
  {
    tag: "billing", lang: "ko", for: CHURNED_ONLY, also: ["refund", 0.6], priority: RAISED,
    subjects: ["해지했는데 이번 달 이용료가 청구됐어요", "해지 후 청구 문의"],
    bodies: ["지난달에 해지 처리됐다고 안내받았는데 {month} 이용료 {amount}원이 또 결제됐습니다. 확인하고 취소해 주세요."],
    resolve: ["해지 처리 후 정기결제 예약이 남아 있어 결제된 것으로 확인되었습니다. {amount}원은 결제 취소했고, 이후 청구는 없습니다. 불편을 드려 죄송합니다."],
  },
  {
    tag: "billing", lang: "ko", for: PROSPECT, once: true,
    subjects: ["매장 {n}곳 도입 비용 견적 요청", "요금제 비교 문의"],
    bodies: [
      "매장 {n}곳에 테이블 주문 태블릿 도입을 검토하고 있습니다. 태블릿 구매 비용과 월 이용료 견적을 받아볼 수 있을까요?",
      "홈페이지에서 요금제를 봤는데 베이직과 스탠다드 차이가 잘 이해되지 않습니다. 테이블이 {count}개 정도인 매장이면 어떤 요금제가 맞을까요?",
    ],
    resolve: ["문의하신 조건으로 견적서를 첨부해 드렸습니다. 테이블 {count}개 규모라면 스탠다드 요금제를 추천드리며, 이번 달 계약 시 설치비는 무료입니다."],
    ask: "매장 수와 테이블 수를",
  },
  {
    tag: "billing", lang: "ko", for: PROSPECT, once: true,
    subjects: ["태블릿 렌탈 가능 여부", "약정 기간 문의"],
    bodies: ["태블릿은 렌탈도 가능한지, 약정 기간이 있는지 궁금합니다. 초기 비용을 최대한 줄이고 싶습니다."],
    resolve: ["태블릿은 월 렌탈(24개월 약정)로도 이용하실 수 있습니다. 렌탈과 구매 비교표를 첨부해 드리니 검토해 보시고 편하게 연락 주세요."],
  },
  {
    tag: "billing", lang: "en",
    subjects: ["Invoice for {monthEn} not received", "Need a copy of the {monthEn} invoice"],
    bodies: [
      "We haven't received the invoice for {monthEn} yet. Our finance team needs it by the end of the week to close the books. Could you resend it?",
      "Could you send the {monthEn} invoice to our accounts payable address as well? Right now it only goes to me.",
    ],
    resolve: ["I've sent the {monthEn} invoice again and added your accounts payable address, so future invoices go to both."],
  },
  {
    tag: "billing", lang: "en",
    subjects: ["Invoice {invoice} shows the wrong company address"],
    bodies: ["The invoice {invoice} shows our old company address. Could you reissue it with the new address? I've already updated it in the admin settings."],
    resolve: ["Invoice {invoice} has been reissued with the new address and is attached to this email."],
  },
  {
    tag: "billing", lang: "en", priority: RAISED,
    subjects: ["Payment failed on renewal", "Banner says our account will be suspended"],
    bodies: [
      "We got an email saying the renewal payment failed. The card is valid and has plenty of limit. Could you check what went wrong and retry the charge?",
      "The admin console shows 'Payment failed – service will be limited'. We switched cards last month; I think the new card wasn't saved. Please don't suspend us during the weekend.",
    ],
    resolve: ["The issuer declined the charge because the saved card had expired. The new card is saved now and the renewal went through, so nothing will be suspended."],
  },
  {
    tag: "billing", lang: "en",
    subjects: ["Question about upgrading mid-cycle", "Why is this month's bill higher?"],
    bodies: [
      "We're opening {n} more locations next month. How is the price calculated if we upgrade in the middle of the billing cycle?",
      "This month's charge was KRW {amount}, which is more than usual. Could you break down what was added?",
    ],
    resolve: ["Changes mid-cycle are prorated by day. I've attached a breakdown of this month's charges, including the tablets added last month."],
  },
  {
    tag: "billing", lang: "en", for: CHURNED_ONLY, also: ["refund", 0.6], priority: RAISED,
    subjects: ["We cancelled but were still charged"],
    bodies: ["We cancelled last month, but KRW {amount} was charged again for {monthEn}. Please reverse it."],
    resolve: ["A scheduled renewal survived the cancellation — sorry about that. The KRW {amount} charge is reversed and nothing further will be billed."],
  },
  {
    tag: "billing", lang: "en", for: PROSPECT, once: true,
    subjects: ["Quote for {n} locations", "Is there a rental option for tablets?"],
    bodies: [
      "We run {n} restaurants in Seoul and are looking at table ordering. Could you send a quote for the tablets plus the monthly fee?",
      "Do you offer tablet rental instead of purchase? We'd like to keep the upfront cost low for the first year.",
    ],
    resolve: ["Please find the quote attached, with both purchase and 24-month rental options. Installation is free if you sign this month."],
  },

  // ── delivery ─────────────────────────────────────────────────────────────
  {
    tag: "delivery", lang: "ko",
    subjects: ["주문한 {device} 배송 언제 오나요?", "배송 조회가 안 됩니다"],
    bodies: [
      "지난주에 {device} {n}대 주문했는데 아직 배송 출발 안내를 받지 못했습니다. 다음 주 월요일 오픈이라 그 전에 꼭 받아야 합니다. 주문번호는 {order}입니다.",
      "주문번호 {order} 배송 조회를 하면 '배송 정보 없음'으로 나옵니다. 출고가 된 건지 확인 부탁드립니다.",
    ],
    resolve: ["확인해 보니 {order} 주문은 오늘 오후 출고되었습니다. 송장번호는 문자로 안내드렸고, 내일 중 도착 예정입니다."],
    ask: "주문번호를",
  },
  {
    tag: "delivery", lang: "ko",
    subjects: ["배송지 변경 요청", "배송 주소 변경 가능할까요?"],
    bodies: [
      "주문번호 {order} 배송지를 본사가 아니라 {branch}으로 변경하고 싶습니다. 아직 출고 전이면 변경 부탁드립니다.",
      "이번에 주문한 영수증 용지 배송지를 매장 주소로 바꿔 주세요. 본사로 오면 다시 보내야 해서 번거롭습니다.",
    ],
    resolve: ["출고 전이라 요청하신 주소로 배송지를 변경했습니다. 모레까지 도착할 예정입니다."],
    ask: "주문번호와 변경하실 주소를",
  },
  {
    tag: "delivery", lang: "ko", also: ["complaint", 0.4], priority: RAISED,
    subjects: ["{device} 파손 상태로 도착했어요", "배송 받은 제품 외관 파손"],
    bodies: ["오늘 받은 {device} 박스가 찌그러져 있었고 모서리에 금이 가 있습니다. 사진 찍어서 회신드릴게요. 교환 부탁드립니다."],
    resolve: ["파손된 제품은 새 제품으로 교환 발송해 드렸습니다. 기존 제품은 택배 기사님이 회수해 가실 예정입니다. 불편을 드려 정말 죄송합니다."],
    ask: "파손된 부분 사진과 주문번호를",
  },
  {
    tag: "delivery", lang: "ko", also: ["complaint", 0.35],
    subjects: ["배송 지연 문의", "영수증 용지 배송이 너무 늦어요"],
    bodies: [
      "주문한 지 {n}일이 지났는데 아직 '배송 준비중'으로 나옵니다. 오픈 날짜가 다가와서 걱정됩니다. 언제 출고되는지 알려주세요.",
      "영수증 용지 {count}롤 주문했는데 일주일째 소식이 없습니다. 용지가 거의 다 떨어져서 급합니다.",
    ],
    resolve: ["택배사 물량 증가로 출고가 늦어졌습니다. 오늘 퀵으로 우선 발송해 드렸고, 저녁 전에 도착할 예정입니다. 기다리게 해 드려 죄송합니다."],
  },
  {
    tag: "delivery", lang: "ko", for: PROSPECT,
    subjects: ["설치까지 얼마나 걸리나요?", "계약 후 배송·설치 일정 문의"],
    bodies: [
      "계약하면 태블릿 배송과 설치까지 보통 며칠 걸리나요? 다음 달 초에 오픈 예정이라 일정을 맞춰야 합니다.",
      "지방(부산 서면) 매장도 설치 기사님이 방문해 주시나요? 배송만 되는 건지 궁금합니다.",
    ],
    resolve: ["계약 후 보통 5영업일 안에 배송과 설치가 완료됩니다. 부산 지역도 협력 기사님이 방문 설치해 드립니다. 오픈 일정에 맞춰 미리 예약해 드릴 수 있습니다."],
  },
  {
    tag: "delivery", lang: "en",
    subjects: ["Where is my tablet order?", "Delivery status for order {order}"],
    bodies: ["We ordered {n} {deviceEn}s last week and the tracking page still says 'preparing'. We open on Monday — can you confirm the delivery date?"],
    resolve: ["Order {order} shipped this afternoon; the tracking number is in your email and it should arrive tomorrow."],
  },
  {
    tag: "delivery", lang: "en",
    subjects: ["Change delivery address for {order}"],
    bodies: ["Please ship order {order} to our {branchEn} location instead of the head office. According to the tracking page it hasn't shipped yet."],
    resolve: ["Done — it hadn't shipped yet, so the address is updated and the package will arrive at {branchEn} within two days."],
  },
  {
    tag: "delivery", lang: "en", also: ["complaint", 0.4], priority: RAISED,
    subjects: ["Printer arrived damaged", "Tablet delivered with a cracked screen"],
    bodies: ["The {deviceEn} we received today has a cracked cover and won't power on. Can you send a replacement? I can send photos."],
    resolve: ["We've sent a replacement by express. The courier will pick up the damaged unit when they drop it off. Sorry again."],
  },
  {
    tag: "delivery", lang: "en", also: ["complaint", 0.35],
    subjects: ["Receipt paper still not here", "Delivery is very late"],
    bodies: ["It's been {n} days since we ordered receipt paper and nothing has arrived. We're almost out."],
    resolve: ["The courier was backed up; we've sent the paper by same-day delivery and it will arrive before dinner service. Sorry for the wait."],
  },
  {
    tag: "delivery", lang: "en", for: PROSPECT,
    subjects: ["How long does installation take?"],
    bodies: ["If we sign this month, how long until the tablets are delivered and installed? We're opening at the start of next month."],
    resolve: ["Delivery and installation usually take five business days after signing, and we can book the technician around your opening date."],
  },

  // ── bug ──────────────────────────────────────────────────────────────────
  {
    tag: "bug", lang: "ko", priority: RAISED,
    subjects: ["로그인 오류", "관리자 페이지 로그인이 안 돼요", "로그인하면 계속 처음 화면으로 돌아갑니다"],
    bodies: [
      "{day}부터 관리자 페이지 로그인이 안 됩니다. 비밀번호는 맞게 입력했는데 '세션이 만료되었습니다' 문구만 나오고 다시 로그인 화면으로 돌아갑니다. 크롬, 엣지 둘 다 같습니다.",
      "직원 계정으로는 로그인이 되는데 점주 계정만 로그인 오류가 납니다. 비밀번호 재설정도 해봤는데 똑같습니다.",
    ],
    resolve: [
      "브라우저에 남아 있던 이전 로그인 정보 때문에 생긴 문제였습니다. 쿠키 삭제 후 다시 로그인해 주시면 정상적으로 접속됩니다. 같은 증상이 있으면 언제든 회신 주세요.",
      "개발팀 확인 결과 로그인 세션 처리 오류로 확인되어 오늘 수정했습니다. 다시 로그인해 보시고 문제가 있으면 알려주세요.",
    ],
    productNote: loginNotesKo,
  },
  {
    tag: "bug", lang: "ko", also: ["complaint", 0.15], priority: RAISED,
    subjects: ["앱이 멈춰요", "태블릿 앱이 주문 중에 멈춥니다", "점심시간마다 앱이 멈춰요"],
    bodies: [
      "{os}에서 주문 앱이 자꾸 멈춥니다. 특히 {day} 주문이 몰릴 때 화면이 하얗게 되고 앱을 재시작해야 합니다. 앱 버전은 {version}입니다.",
      "테이블 태블릿 {n}대 중 한 대만 자꾸 멈춥니다. 껐다 켜면 괜찮다가 한 시간쯤 지나면 다시 멈춥니다.",
    ],
    resolve: ["주문이 몰릴 때 메뉴 이미지를 한꺼번에 불러오면서 앱이 멈추는 문제를 확인했고, 수정된 버전을 배포했습니다. 앱을 완전히 종료한 뒤 다시 실행해 주세요."],
    productNote: ["재현했습니다. {os}에서 이미지 캐시가 메모리를 넘기면서 멈춥니다. 다음 배포에 수정 포함됩니다."],
  },
  {
    tag: "bug", lang: "ko", priority: SEVERE,
    subjects: ["주방 프린터로 주문서가 안 나옵니다", "주방 프린터 출력 안 됨"],
    bodies: ["테이블에서 주문이 들어와도 주방 프린터로 주문서가 출력되지 않습니다. 프린터 전원과 와이파이는 정상입니다. 손님들이 음식이 안 나온다고 해서 급합니다."],
    resolve: ["프린터 연결 설정이 공유기 교체 후 초기화되어 생긴 문제였습니다. 원격으로 다시 설정해 드렸으니 테스트 주문으로 확인 부탁드립니다."],
    productNote: ["로그 확인 결과 프린터 드라이버 연결 타임아웃입니다. 재연결 로직 개선이 다음 배포에 포함됩니다."],
  },
  {
    tag: "bug", lang: "ko", priority: RAISED,
    subjects: ["주문 알림이 안 울려요", "새 주문 알림음이 안 나요"],
    bodies: ["주문 알림 소리가 안 납니다. 태블릿 음량은 최대로 해뒀고, 설정에서도 알림이 켜져 있습니다. 바쁠 때 주문을 놓치고 있어요."],
    resolve: ["태블릿의 방해 금지 모드가 켜져 있어 알림음이 꺼져 있었습니다. 원격으로 설정을 바꿔 드렸고, 앱 업데이트 후에는 방해 금지 모드에서도 주문 알림이 울리도록 개선됩니다."],
    productNote: ["안드로이드 방해 금지 모드에서 알림 채널이 무음 처리되는 문제 확인. 알림 채널 중요도 올리는 수정 배포 예정입니다."],
  },
  {
    tag: "bug", lang: "ko", priority: SEVERE,
    subjects: ["주문이 포스로 안 넘어가요", "테이블 주문 누락"],
    bodies: ["{day} 테이블 주문 {n}건이 포스로 넘어가지 않았습니다. 손님이 결제하려고 할 때 알게 됐습니다. 원인 확인 부탁드립니다."],
    resolve: ["포스 연동 서버의 일시적인 지연으로 일부 주문이 전송되지 않았습니다. 누락된 주문은 복구해 두었고, 재발 방지를 위해 재전송 기능을 적용했습니다."],
    productNote: ["포스 연동 큐에서 재시도 없이 실패한 건들 확인. 재시도 로직 배포했습니다."],
  },
  {
    tag: "bug", lang: "ko",
    subjects: ["매출 리포트 엑셀 다운로드 오류", "{month} 정산 내역 다운로드 실패"],
    bodies: [
      "매출 리포트에서 엑셀 다운로드를 누르면 '파일 생성 중 오류가 발생했습니다'라고 나옵니다. 기간을 한 달로 줄여도 마찬가지입니다. 세무사에게 보내야 해서 급합니다.",
      "{month} 정산 내역을 다운로드하면 빈 파일이 받아집니다. 화면에서는 매출이 잘 보입니다.",
    ],
    resolve: ["엑셀 파일 생성 오류를 수정했습니다. 우선 요청하신 기간의 매출 파일을 첨부해 드리니 세무사님께 전달하시면 됩니다."],
    productNote: ["엑셀 생성 시 메모리 초과 확인했습니다. 당분간은 기간을 나눠서 내보내도록 안내 부탁드려요."],
  },
  {
    tag: "bug", lang: "ko",
    subjects: ["메뉴 사진이 안 보여요", "메뉴 이미지 업로드 오류"],
    bodies: ["관리자 페이지에서 메뉴 사진을 올리면 미리보기는 되는데 테이블 태블릿에는 회색 박스로만 보입니다."],
    resolve: ["이미지 서버 캐시 문제로 새 사진이 태블릿에 반영되지 않았습니다. 수정 후 다시 동기화했으니 태블릿을 새로고침해 주세요."],
    productNote: ["이미지 CDN 캐시 문제로 확인. 오늘 저녁 배포로 수정됩니다."],
  },
  {
    tag: "bug", lang: "ko", also: ["billing", 0.4],
    subjects: ["결제 후 주문 상태가 안 바뀌어요"],
    bodies: ["카드 결제는 완료됐는데 주문 상태가 계속 '결제 대기'로 남아 있습니다. 오늘만 {n}건 이런 일이 있었습니다."],
    resolve: ["카드 단말기 응답이 늦게 도착하면 상태가 갱신되지 않는 문제가 있었습니다. 오늘 수정 배포했고, 남아 있던 {n}건은 결제 완료로 정리해 두었습니다."],
  },
  {
    tag: "bug", lang: "ko", incident: true, also: ["complaint", 0.25], priority: INCIDENT,
    subjects: ["{version} 업데이트 후 로그인 안 됨", "업데이트 이후 태블릿 로그인 오류", "앱 업데이트 후 로그인 오류 — 주문을 못 받고 있어요"],
    bodies: [
      "{version} 업데이트를 받은 뒤로 매장 태블릿 로그인이 안 됩니다. '인증 정보를 확인할 수 없습니다' 오류가 뜹니다. 태블릿 {n}대 모두 같은 증상이라 지금 주문을 종이로 받고 있습니다.",
      "아침에 태블릿이 자동 업데이트된 뒤로 로그인 화면에서 넘어가지 않습니다. 점심 장사 전에 꼭 해결 부탁드립니다.",
    ],
    resolve: ["2.4.0 업데이트의 로그인 오류로 불편을 드려 죄송합니다. 수정 버전(2.4.1)을 배포했습니다. 태블릿에서 앱을 업데이트한 뒤 다시 로그인해 주세요."],
    productNote: loginNotesKo,
  },
  {
    tag: "bug", lang: "en", priority: RAISED,
    subjects: ["Can't log in to the admin console", "Login loop after entering password", "Login error on the owner account"],
    bodies: [
      "Since {sinceEn} I can't log in to the admin console. After entering my password it goes back to the login page with 'Session expired'. Tried Chrome and Safari.",
      "Staff accounts can log in, but the owner account gets a login error every time. Resetting the password didn't help.",
    ],
    resolve: ["It was a stale session cookie from the old login page. Clearing cookies for the site fixes it; we've also shipped a fix so it won't happen again."],
    productNote: loginNotesEn,
  },
  {
    tag: "bug", lang: "en", also: ["complaint", 0.15], priority: RAISED,
    subjects: ["App freezes during the lunch rush", "Tablet app keeps crashing"],
    bodies: ["The ordering app on our {osEn} freezes when several orders come in at once. We have to restart it every time. App version {version}."],
    resolve: ["We found the freeze (menu images loading all at once under load) and released a fix. Please fully close and reopen the app."],
    productNote: ["Reproduced on {osEn} with {version}: image cache blows the memory limit under load. Fix is in the next release."],
  },
  {
    tag: "bug", lang: "en", priority: SEVERE,
    subjects: ["Kitchen printer not printing orders"],
    bodies: ["Orders from the table tablets are not printing in the kitchen since this morning. The printer is online and the test page prints fine."],
    resolve: ["The printer's connection settings had been reset after a router change. We reconfigured it remotely — a test order printed fine on our side."],
    productNote: ["Driver connection timeout in the logs; reconnect handling is improved in the next release."],
  },
  {
    tag: "bug", lang: "en", priority: SEVERE,
    subjects: ["Orders missing from the POS"],
    bodies: ["{n} orders from {dayEn} never reached the POS. We only noticed at checkout. Can you look into it?"],
    resolve: ["A delay on the POS integration server dropped some orders. We've restored the missing ones and added automatic retries so it can't silently happen again."],
    productNote: ["POS sync queue failed without retrying; retry logic is deployed."],
  },
  {
    tag: "bug", lang: "en",
    subjects: ["Sales export fails", "Excel export of the monthly report fails"],
    bodies: ["Exporting the monthly sales report fails with 'Something went wrong'. Our accountant needs the file by Friday."],
    resolve: ["The export is fixed. In the meantime I've attached the report for the period you asked for, so your accountant has it today."],
    productNote: ["Export runs out of memory over ~20k rows. Workaround: export month by month until the fix lands."],
  },
  {
    tag: "bug", lang: "en",
    subjects: ["Menu photos not showing on tablets"],
    bodies: ["Menu photos upload fine in the admin console but show up as grey boxes on the table tablets."],
    resolve: ["A caching issue kept new photos from reaching the tablets. It's fixed; pull down to refresh on the tablets and they'll appear."],
    productNote: ["Root cause is the image CDN cache. Fix ships tonight."],
  },
  {
    tag: "bug", lang: "en", incident: true, also: ["complaint", 0.25], priority: INCIDENT,
    subjects: ["Login error after the {version} update", "Tablets can't log in since the update"],
    bodies: ["After the {version} update none of our {n} tablets can log in ('Unable to verify credentials'). We're taking orders on paper right now — please help ASAP."],
    resolve: ["Sorry — the 2.4.0 update broke tablet logins. Version 2.4.1 is out with the fix; please update the app on each tablet and log in again."],
    productNote: loginNotesEn,
  },

  // ── how-to ───────────────────────────────────────────────────────────────
  {
    tag: "how-to", lang: "ko",
    subjects: ["메뉴 일괄 등록 방법 문의", "엑셀로 메뉴를 한 번에 올릴 수 있나요?"],
    bodies: ["메뉴가 {count}개 정도 되는데 하나씩 등록하기가 어렵습니다. 엑셀 파일로 일괄 등록하는 방법이 있을까요?"],
    resolve: ["메뉴 일괄 등록은 관리자 페이지 > 메뉴 관리 > '엑셀로 가져오기'에서 하실 수 있습니다. 양식 파일을 첨부해 드리니 참고 부탁드립니다."],
  },
  {
    tag: "how-to", lang: "ko",
    subjects: ["품절 표시는 어떻게 하나요?"],
    bodies: ["재료가 떨어진 메뉴를 태블릿에서 바로 품절 처리하고 싶습니다. 방법 알려주세요."],
    resolve: ["태블릿 주문 관리 화면에서 메뉴를 길게 누르시면 '품절 처리'가 나옵니다. 관리자 페이지 메뉴 관리에서도 같은 설정이 가능합니다."],
  },
  {
    tag: "how-to", lang: "ko",
    subjects: ["할인 쿠폰 설정 방법", "재방문 쿠폰 만드는 법 알려주세요"],
    bodies: ["이번 주말 이벤트로 10% 할인 쿠폰을 만들고 싶은데 관리자 페이지 어디에서 설정하는지 모르겠습니다."],
    resolve: ["관리자 페이지 > 마케팅 > 쿠폰에서 '새 쿠폰 만들기'를 누르시면 할인율과 사용 기간을 정하실 수 있습니다. 설정 화면 안내 링크도 함께 보내드립니다."],
  },
  {
    tag: "how-to", lang: "ko",
    subjects: ["시간대별 매출 확인 방법"],
    bodies: ["점심, 저녁 시간대별 매출을 따로 보고 싶은데 리포트 메뉴에서 찾지 못했습니다."],
    resolve: ["리포트 > 매출 분석에서 '시간대별' 탭을 선택하시면 시간대별 매출을 보실 수 있습니다. 원하시는 기간으로 엑셀 다운로드도 가능합니다."],
  },
  {
    tag: "how-to", lang: "ko",
    subjects: ["영업시간 변경 방법", "태블릿 주문 가능 시간 설정"],
    bodies: ["다음 주부터 영업시간이 오전 11시~오후 9시로 바뀝니다. 태블릿 주문 가능 시간도 같이 바꾸려면 어떻게 해야 하나요?"],
    resolve: ["관리자 페이지 > 매장 설정 > 영업시간에서 변경하시면 태블릿 주문 가능 시간도 함께 바뀝니다. 적용일을 지정해 두실 수도 있습니다."],
  },
  {
    tag: "how-to", lang: "ko",
    subjects: ["영수증에 사업자 정보 넣는 법", "테이블 번호 변경하는 법"],
    bodies: [
      "영수증 하단에 사업자등록번호와 매장 전화번호가 나오게 하고 싶습니다.",
      "매장 배치를 바꿔서 테이블이 {count}개로 늘었습니다. 테이블 번호를 새로 지정하는 방법 알려주세요.",
    ],
    resolve: ["관리자 페이지 > 매장 설정에서 영수증 문구와 테이블 배치를 바꾸실 수 있습니다. 화면별 안내 가이드 링크를 보내드렸으니 참고해 주세요."],
  },
  {
    tag: "how-to", lang: "ko", for: PROSPECT, once: true,
    subjects: ["데모 요청드립니다", "무료 체험 신청 방법"],
    bodies: [
      "지인 소개로 루프오더를 알게 되었습니다. 실제 매장에서 어떻게 쓰는지 데모를 받아보고 싶습니다. 평일 오후 3시 이후 가능합니다.",
      "무료 체험 기간이 있나요? 한 매장에서 2주 정도 먼저 써보고 결정하고 싶습니다.",
    ],
    resolve: ["2주 무료 체험이 가능합니다. 담당 매니저가 내일 오후 3시에 연락드려 데모 일정과 체험용 태블릿 배송을 안내해 드릴 예정입니다."],
    ask: "매장 위치와 편하신 연락 시간을",
  },
  {
    tag: "how-to", lang: "en",
    subjects: ["How do I bulk upload the menu?"],
    bodies: ["We have about {count} menu items. Is there a way to import them from a spreadsheet instead of adding them one by one?"],
    resolve: ["Yes — go to Admin > Menu > 'Import from Excel'. I've attached the template file; fill it in and upload it there."],
  },
  {
    tag: "how-to", lang: "en",
    subjects: ["Setting up an English menu", "How to show the menu in English"],
    bodies: ["Many of our guests are tourists. How do I add English names for menu items so they show on the table tablets?"],
    resolve: ["In Admin > Menu, open an item and fill in the 'English name' field; then turn on Settings > Languages > English. Guests can switch languages on the tablet."],
  },
  {
    tag: "how-to", lang: "en",
    subjects: ["How to mark an item as sold out"],
    bodies: ["When we run out of an ingredient, how can staff mark the dish as sold out directly on the tablet?"],
    resolve: ["Long-press the item on the counter tablet and choose 'Mark sold out'. The same switch is in the admin console."],
  },
  {
    tag: "how-to", lang: "en",
    subjects: ["Where can I see sales by hour?", "How to set up a happy-hour discount"],
    bodies: [
      "I'd like to compare lunch and dinner sales. Is there an hourly breakdown somewhere in the reports?",
      "We want a 15% happy-hour discount from 5 to 7 pm on weekdays. Can the tablets apply that automatically?",
    ],
    resolve: ["Both live in the admin console: Reports > Sales > 'By hour', and Marketing > Discounts > 'Time-based discount'. I've sent a short guide with screenshots."],
  },
  {
    tag: "how-to", lang: "en", for: PROSPECT, once: true,
    subjects: ["Requesting a demo", "Is there a free trial?"],
    bodies: [
      "A friend who runs a pub in Seongsu recommended you. Could we get a demo this week? Afternoons work best.",
      "Is there a free trial? We'd like to test it for a couple of weeks in one location before deciding.",
    ],
    resolve: ["There's a two-week free trial. Our account manager will call you tomorrow afternoon to set up the demo and ship a trial tablet."],
  },

  // ── feature request ──────────────────────────────────────────────────────
  {
    tag: "feature request", lang: "ko",
    subjects: ["배달앱 주문 연동 요청", "배달앱 연동 계획이 있나요?"],
    bodies: ["배달앱 주문도 같은 화면에서 받고 싶습니다. 지금은 태블릿을 {n}대나 따로 쓰고 있어서 불편합니다. 연동 계획이 있는지 궁금합니다."],
    resolve: ["배달앱 주문 연동은 현재 베타로 준비 중입니다. 베타 테스트 매장으로 등록해 두었고, 다음 달 초에 사용 안내를 드리겠습니다."],
  },
  {
    tag: "feature request", lang: "ko",
    subjects: ["다국어 메뉴 지원 요청", "일본어 메뉴 추가 가능할까요?"],
    bodies: ["외국인 손님이 많아서 일본어, 중국어 메뉴도 필요합니다. 영어 말고 다른 언어도 추가될 예정인가요?"],
    resolve: ["소중한 의견 감사합니다. 일본어·중국어 메뉴 지원 요청을 제품팀에 전달했고, 개발 일정이 정해지면 가장 먼저 안내드리겠습니다."],
  },
  {
    tag: "feature request", lang: "ko",
    subjects: ["포인트 적립 기능 요청", "직원별 권한 설정 기능 요청", "테이블에서 나눠서 결제하는 기능"],
    bodies: [
      "단골손님 포인트 적립 기능이 있으면 좋겠습니다. 지금은 종이 쿠폰을 쓰고 있어요.",
      "아르바이트생이 매출 화면을 못 보게 하고 싶습니다. 직원별로 메뉴 접근 권한을 나눌 수 있으면 좋겠습니다.",
      "손님들이 테이블에서 각자 결제하고 싶어 하십니다. 태블릿에서 나눠서 결제하는 기능이 생기면 좋겠습니다.",
    ],
    resolve: ["좋은 제안 감사합니다. 말씀해 주신 기능은 제품팀 요청 목록에 등록했고, 진행 상황이 생기면 바로 안내드리겠습니다."],
  },
  {
    tag: "feature request", lang: "ko", for: PROSPECT,
    subjects: ["포스 연동 가능 여부 문의", "지금 쓰는 포스와 연동되나요?"],
    bodies: ["지금 쓰고 있는 포스와 연동이 되는지 궁금합니다. 연동이 안 되면 도입이 어려울 것 같습니다."],
    resolve: ["말씀하신 포스는 연동을 지원합니다. 연동 가능한 포스 목록과 설치 절차를 첨부해 드렸습니다."],
    ask: "사용 중인 포스 제품명을",
  },
  {
    tag: "feature request", lang: "en",
    subjects: ["Feature request: split the bill at the table", "Request: Japanese menu and receipts", "Staff permissions per role"],
    bodies: [
      "Guests often ask to split the bill at the table. Would it be possible to add split payment on the table tablet?",
      "We get a lot of Japanese tourists. A Japanese menu on the tablets (and receipts) would make a big difference for us.",
      "We'd like part-timers not to see the sales screens. Could you add role-based permissions for staff accounts?",
    ],
    resolve: ["Thank you — I've passed this on to our product team and logged your store as interested, so you'll hear from us as soon as it's scheduled."],
  },
  {
    tag: "feature request", lang: "en", for: PROSPECT,
    subjects: ["Does it integrate with our POS?"],
    bodies: ["We use a POS from another vendor. Does your table ordering integrate with it? That's a must for us."],
    resolve: ["Yes, that POS is supported. I've attached the list of supported POS systems and how the integration is set up."],
  },

  // ── complaint ────────────────────────────────────────────────────────────
  {
    tag: "complaint", lang: "ko",
    subjects: ["고객센터 전화 연결이 안 돼요", "답변이 너무 늦어요"],
    bodies: [
      "{day}부터 고객센터에 {n}번 전화했는데 계속 대기만 하다 끊겼습니다. 장애 상황인데 연락이 안 되니 너무 답답합니다.",
      "지난주에 문의를 남겼는데 아직 답변이 없습니다. 같은 내용을 또 쓰게 되네요. 확인 부탁드립니다.",
    ],
    resolve: ["연락이 닿지 않아 불편을 드려 정말 죄송합니다. 문의 주신 건은 모두 처리했고, 앞으로는 담당자를 지정해 직접 연락드리겠습니다."],
  },
  {
    tag: "complaint", lang: "ko", also: ["delivery", 0.5], priority: RAISED,
    subjects: ["설치 기사님 방문 지연", "설치 일정이 또 미뤄졌습니다"],
    bodies: [
      "설치 기사님이 오늘 오전에 오시기로 했는데 연락도 없이 오지 않으셨습니다. 벌써 두 번째입니다. 오픈 준비에 차질이 생겼습니다.",
      "설치 일정이 세 번째 변경됐습니다. 매장 오픈을 미룰 수는 없어서 정말 곤란합니다.",
    ],
    resolve: ["일정 변경으로 불편을 드린 점 다시 한번 사과드립니다. 내일 오전 10시에 팀장급 기사님이 방문하도록 확정했고, 출발 전에 먼저 연락드리겠습니다."],
  },
  {
    tag: "complaint", lang: "ko", also: ["refund", 0.3], priority: SEVERE,
    subjects: ["장애 보상 요청", "주문 장애로 인한 손해 보상 문의"],
    bodies: [
      "{when} 점심시간에 주문 시스템이 {minutes}분 넘게 멈춰서 손님들이 그냥 나가셨습니다. 이에 대한 보상 방안이 있는지 답변 부탁드립니다.",
      "이번 달에만 주문 누락이 {n}번째입니다. 손님 항의가 계속되고 있어서 이대로는 계속 쓰기 어렵습니다.",
    ],
    resolve: ["이번 일로 큰 불편을 드려 진심으로 죄송합니다. 장애 기간 이용료는 다음 달 청구액에서 차감해 드리기로 했습니다. 재발하지 않도록 개선하겠습니다."],
  },
  {
    tag: "complaint", lang: "en",
    subjects: ["Very disappointed with support", "No response to my ticket"],
    bodies: ["I sent an email about the printer issue {n} days ago and nobody has replied. This is affecting our service every day."],
    resolve: ["I'm truly sorry we left you waiting. The printer issue is fixed, and I'll be your direct contact from now on."],
  },
  {
    tag: "complaint", lang: "en", also: ["delivery", 0.5], priority: RAISED,
    subjects: ["Technician didn't show up"],
    bodies: ["The technician was supposed to come this morning and never showed up or called. This is the second time."],
    resolve: ["Apologies again for the missed visit. A senior technician is booked for tomorrow at 10 am and will call before arriving."],
  },
  {
    tag: "complaint", lang: "en", also: ["refund", 0.3], priority: SEVERE,
    subjects: ["Compensation for the outage", "Orders lost during dinner service"],
    bodies: [
      "Ordering was down for {minutes} minutes during {whenEn}'s dinner rush and we lost tables. What compensation do you offer?",
      "Orders went missing {n} times this month already. Our guests are complaining and I'm running out of patience.",
    ],
    resolve: ["I'm very sorry. We've credited the affected days on your next invoice, and engineering has shipped a fix for the cause."],
  },

  // ── account ──────────────────────────────────────────────────────────────
  {
    tag: "account", lang: "ko",
    subjects: ["직원 계정 추가 방법", "매니저 계정 추가 요청"],
    bodies: ["새로 온 매니저에게 관리자 계정을 만들어 주고 싶습니다. 계정 추가는 어디서 하나요?"],
    resolve: ["관리자 페이지 > 직원 관리에서 '직원 초대'를 누르시면 됩니다. 요청하신 매니저님께는 초대 메일을 먼저 보내드렸습니다."],
  },
  {
    tag: "account", lang: "ko",
    subjects: ["퇴사 직원 계정 삭제 요청"],
    bodies: ["퇴사한 직원 계정을 삭제하고 싶은데 삭제 버튼이 보이지 않습니다."],
    resolve: ["직원 계정은 점주 계정에서만 삭제할 수 있습니다. 요청하신 계정은 비활성화 처리했고, 더 이상 로그인할 수 없습니다."],
  },
  {
    tag: "account", lang: "ko",
    subjects: ["비밀번호 재설정 메일이 안 와요"],
    bodies: ["비밀번호 재설정을 눌렀는데 메일이 오지 않습니다. 스팸함에도 없습니다."],
    resolve: ["비밀번호 재설정 메일이 회사 메일 서버의 스팸 필터에 막혀 있었습니다. 다른 발송 주소로 다시 보내드렸으니 확인 부탁드립니다."],
  },
  {
    tag: "account", lang: "ko", once: true,
    subjects: ["대표자 변경에 따른 계정 명의 변경", "로그인 이메일 변경 요청"],
    bodies: ["사업자 대표자가 바뀌어서 계정 명의와 이메일을 변경하려고 합니다. 필요한 서류가 있나요?"],
    resolve: ["보내주신 사업자등록증으로 확인을 마치고 계정 명의와 로그인 이메일을 변경했습니다. 새 이메일로 로그인해 주세요."],
    ask: "새 사업자등록증 사본과 변경하실 이메일을",
  },
  {
    tag: "account", lang: "ko", for: CHURNED_ONLY, once: true,
    subjects: ["해지 후 데이터 백업 요청", "매출 데이터 내보내기 요청"],
    bodies: ["서비스 해지 전에 지난 1년치 매출 데이터를 받아두고 싶습니다. 엑셀로 받을 수 있을까요?"],
    resolve: ["요청하신 1년치 매출·주문 데이터를 엑셀 파일로 정리해 메일로 보내드렸습니다. 그동안 이용해 주셔서 감사합니다."],
  },
  {
    tag: "account", lang: "ko", for: CHURNED_ONLY, once: true,
    subjects: ["계정 삭제 요청"],
    bodies: ["해지 처리됐다고 들었는데 아직 로그인이 됩니다. 개인정보 포함해서 계정 삭제 부탁드립니다."],
    resolve: ["요청하신 대로 계정과 개인정보를 삭제했습니다. 세금 신고용 거래 기록만 법정 보관 기간 동안 보관됩니다."],
  },
  {
    tag: "account", lang: "en",
    subjects: ["Add a new manager account"],
    bodies: ["We hired a new floor manager. How do I give her access to the admin console?"],
    resolve: ["Go to Admin > Staff > 'Invite'. I've already sent her an invitation; she can set her password from the link in the email."],
  },
  {
    tag: "account", lang: "en",
    subjects: ["Password reset email not arriving"],
    bodies: ["I requested a password reset three times but the email never arrives. It's not in spam either."],
    resolve: ["Your mail server was blocking our reset emails. I've resent it from a different address — it should arrive in a minute."],
  },
  {
    tag: "account", lang: "en", once: true,
    subjects: ["Transfer account ownership"],
    bodies: ["I'm handing the restaurant over to my business partner. How do we transfer the account to her email?"],
    resolve: ["The account now belongs to your partner's email; she'll get a confirmation and can log in right away."],
    ask: "a copy of the updated business registration and her email address",
  },
  {
    tag: "account", lang: "en", for: CHURNED_ONLY, once: true,
    subjects: ["Export our data before closing the account", "Please delete our account"],
    bodies: [
      "Before we close the account, we need an export of our sales and order history for tax purposes.",
      "We've cancelled, but the login still works. Please delete the account and our data.",
    ],
    resolve: ["Done: your sales and order history is attached as an Excel file for your tax records, and the account and its data are now deleted. Thank you for having been with us."],
  },

  // ── refund ───────────────────────────────────────────────────────────────
  {
    tag: "refund", lang: "ko", also: ["billing", 0.5],
    subjects: ["이번 달 이용료가 두 번 결제됐어요", "중복 결제 환불 요청"],
    bodies: [
      "{month} 이용료 {amount}원이 카드에서 두 번 빠져나갔습니다. 카드사 앱에서 확인했습니다. 한 건은 취소해 주세요.",
      "결제 실패 안내를 받고 다시 결제했는데 두 건 모두 승인됐습니다. 중복 결제된 {amount}원 환불 부탁드립니다.",
    ],
    resolve: ["확인 결과 중복 결제가 맞아 {amount}원 결제 취소를 진행했습니다. 카드사에 따라 3~5영업일 안에 환불됩니다."],
  },
  {
    tag: "refund", lang: "ko", for: PAYING_OR_LEFT, once: true,
    subjects: ["중도 해지 환불 문의", "해지 시 남은 기간 환불되나요?"],
    bodies: ["매장 운영을 정리하게 되어 서비스를 해지하려 합니다. 연간 결제했는데 남은 기간 이용료는 환불되나요?"],
    resolve: ["남은 기간 이용료 {amount}원 환불 처리를 완료했습니다. 그동안 루프오더를 이용해 주셔서 감사합니다."],
  },
  {
    tag: "refund", lang: "ko", for: PAYING_OR_LEFT,
    subjects: ["태블릿 반품 및 환불 요청"],
    bodies: ["구매한 {device} {n}대 중 사용하지 않은 제품을 반품하고 환불받고 싶습니다. 박스 미개봉 상태입니다."],
    resolve: ["반품 제품이 입고되어 {amount}원 환불을 진행했습니다. 회수 기사님 방문에 협조해 주셔서 감사합니다."],
  },
  {
    tag: "refund", lang: "ko", also: ["complaint", 0.4],
    subjects: ["장애 기간 이용료 환불 요청"],
    bodies: ["장애 때문에 사흘 동안 제대로 쓰지 못했습니다. 해당 기간 이용료 환불이 가능한지 문의드립니다."],
    resolve: ["장애 기간에 해당하는 이용료를 일할 계산해 환불해 드렸습니다. 불편을 드려 다시 한번 사과드립니다."],
  },
  {
    tag: "refund", lang: "en", also: ["billing", 0.5],
    subjects: ["Charged twice this month", "Refund request – duplicate charge"],
    bodies: [
      "We were charged KRW {amount} twice for {monthEn}. Please refund the duplicate payment.",
      "After the failed payment notice I paid again, and now both charges went through. Please refund one of them.",
    ],
    resolve: ["You're right, it was charged twice. We've refunded KRW {amount}; it takes 3–5 business days depending on your card issuer."],
  },
  {
    tag: "refund", lang: "en", for: PAYING_OR_LEFT, once: true,
    subjects: ["Refund for unused months", "Return and refund for unopened tablets"],
    bodies: [
      "We're closing one location and paid annually. Can we get a refund for the remaining months?",
      "We ordered {n} extra tablets that we won't need. They're unopened — how do we return them for a refund?",
    ],
    resolve: ["The refund of KRW {amount} has been processed. Thank you for using LoopOrder."],
  },
];

/** More questions from English-speaking customers (there are fewer of them, so more variety each). */
const moreEnglishTemplates: InquiryTemplate[] = [
  {
    tag: "billing", lang: "en", once: true,
    subjects: ["Can we pay by bank transfer?"],
    bodies: ["Our accountant prefers paying by bank transfer instead of card. Can we switch to monthly invoices?"],
    resolve: ["Done — from next month you'll get an invoice with our bank details, payable within 14 days. The card on file won't be charged."],
  },
  {
    tag: "billing", lang: "en",
    subjects: ["Tax invoice for the tablets we bought"],
    bodies: ["We bought {n} tablets last month but only have the card receipt. Our accountant needs a proper tax invoice (세금계산서) for them."],
    resolve: ["I've issued the tax invoice for the tablet purchase and sent it to your email; it's also visible on Hometax."],
  },
  {
    tag: "delivery", lang: "en",
    subjects: ["How do we order more receipt paper?"],
    bodies: ["We're running low on receipt paper. Can we order it from you, and how fast does it arrive?"],
    resolve: ["You can order paper in Admin > Supplies; orders placed before 2 pm ship the same day. I've placed a first order of {count} rolls for you."],
  },
  {
    tag: "bug", lang: "en",
    subjects: ["Tablets still show old prices", "Price changes not showing on tablets"],
    bodies: [
      "We updated our prices in the admin console this morning, but the table tablets still show the old prices.",
      "I changed {n} menu prices yesterday and guests are still seeing the old ones. Which price will they be charged?",
    ],
    resolve: ["The menu sync to the tablets had stalled. We've re-synced your store, and the new prices show now; orders were charged at the prices shown on the tablet."],
    productNote: ["Menu sync job got stuck on a malformed image for this store. Fixed the job; added an alert."],
  },
  {
    tag: "bug", lang: "en", priority: RAISED,
    subjects: ["Card reader keeps disconnecting"],
    bodies: ["The card reader disconnects from the counter tablet a few times a day and we have to re-pair it. It started after the {version} update."],
    resolve: ["The Bluetooth pairing was dropped by the tablet's battery saver. We've excluded the app from battery optimisation remotely; it should stay connected now."],
  },
  {
    tag: "how-to", lang: "en",
    subjects: ["How do I add a new table?", "Changing the receipt footer"],
    bodies: [
      "We added {n} tables on the terrace. How do I add them so guests can order from them?",
      "We'd like our Instagram handle at the bottom of the receipts. Where can I change the footer?",
    ],
    resolve: ["Both are in Admin > Store settings: 'Tables' to add tables (then print the new QR stickers), and 'Receipt' for the footer text."],
  },
  {
    tag: "how-to", lang: "en", once: true,
    subjects: ["Printing a daily sales summary at closing"],
    bodies: ["Is there a way to print a summary of the day's sales on the receipt printer when we close?"],
    resolve: ["Yes — on the counter tablet go to Sales > Today and tap 'Print closing summary'. You can also have it printed automatically at closing time."],
  },
  {
    tag: "account", lang: "en",
    subjects: ["Remove a former employee's access"],
    bodies: ["One of our managers left last week. How do I make sure she can't log in anymore?"],
    resolve: ["I've deactivated her account; she can no longer log in. You can do this yourself in Admin > Staff > Deactivate."],
  },
  {
    tag: "complaint", lang: "en",
    subjects: ["Promised callback never came"],
    bodies: ["Your colleague said someone would call me back yesterday about the printer. Nobody called. Please don't promise things you don't do."],
    resolve: ["You're right, and I'm sorry — the callback wasn't scheduled. I'm handling your case myself now; the printer issue is solved and I'll check in with you on Friday."],
  },
  {
    tag: "feature request", lang: "en",
    subjects: ["Request: QR ordering from guests' phones"],
    bodies: ["Some guests would rather order from their own phones. Could they scan a QR code on the table instead of using the tablet?"],
    resolve: ["QR ordering is on our roadmap for next quarter. I've added your store to the early-access list and will let you know when it's ready."],
  },
];

/** Colleagues (INTERNAL) by team: what sales, field technicians, the call center and partnerships ask CS. */
const internalTemplates: InquiryTemplate[] = [
  // Sales
  {
    tag: "billing", lang: "ko", for: INTERNAL, team: "sales",
    subjects: ["[영업] 신규 계약 고객사 세금계산서 발행 요청"],
    bodies: ["이번 주 계약한 고객사 첫 달 이용료 세금계산서 발행 부탁드립니다. 사업자등록증은 메일로 공유드렸고, 계약서상 결제일은 매월 {n}일입니다."],
    resolve: ["세금계산서 발행 완료했습니다. 고객사 담당자 메일로도 함께 보냈습니다."],
  },
  {
    tag: "feature request", lang: "ko", for: INTERNAL, team: "sales", once: true,
    subjects: ["[영업] 고객사 요청 전달: 다점포 통합 리포트"],
    bodies: ["미팅한 프랜차이즈 고객사들이 공통으로 다점포 통합 매출 리포트를 요청합니다. 계약 검토 중인 곳이 {n}곳이라 우선순위 검토 부탁드립니다."],
    resolve: ["제품팀에 전달했고 다음 분기 로드맵 회의 안건으로 올라갔습니다. 결정되면 공유드릴게요."],
  },
  {
    tag: "account", lang: "ko", for: INTERNAL, team: "sales",
    subjects: ["[영업] 데모 매장 계정 초기화 요청"],
    bodies: ["내일 프랜차이즈 고객사 미팅이 있어서 데모 매장 계정 데이터를 초기화해 주실 수 있을까요?"],
    resolve: ["데모 매장 데이터 초기화했습니다. 샘플 메뉴와 주문 내역도 새로 넣어 두었어요."],
  },
  {
    tag: "delivery", lang: "ko", for: INTERNAL, team: "sales",
    subjects: ["[영업] 계약 고객 설치 일정 확정 요청"],
    bodies: ["{branch} 신규 계약 고객사 오픈이 다음 주 목요일입니다. 태블릿 {count}대 배송과 설치 일정을 그 전으로 잡아 주실 수 있을까요?"],
    resolve: ["화요일 배송, 수요일 오전 설치로 확정했습니다. 고객사 담당자님께도 일정 안내 문자 보냈습니다."],
  },
  {
    tag: "how-to", lang: "ko", for: INTERNAL, team: "sales", once: true,
    subjects: ["[영업] 고객 미팅용 FAQ 자료 요청"],
    bodies: ["도입 검토 고객들이 설치 후 자주 묻는 질문을 미리 알고 싶어 합니다. 최근 많이 들어온 문의 유형 정리된 자료가 있을까요?"],
    resolve: ["최근 4주 문의 유형별 상위 10개와 답변을 정리해 공유 드라이브에 올려 두었습니다."],
  },
  // Field technicians
  {
    tag: "delivery", lang: "ko", for: INTERNAL, team: "field",
    subjects: ["[현장] 설치용 태블릿 재고 확인 요청", "[현장] 다음 주 설치분 장비 출고 요청"],
    bodies: ["다음 주 설치 일정이 {n}건 잡혀 있는데 창고 태블릿 재고가 {count}대뿐입니다. 추가 입고 일정 확인 부탁드립니다."],
    resolve: ["물류팀 확인 결과 목요일에 태블릿 40대가 입고됩니다. 다음 주 설치분은 수요일까지 먼저 출고해 드리기로 했습니다."],
  },
  {
    tag: "delivery", lang: "ko", for: INTERNAL, team: "field", priority: RAISED,
    subjects: ["[현장] {branch} 설치 장비 누락"],
    bodies: ["{branch} 설치 현장인데 주방 프린터 케이블이 박스에 없습니다. 오늘 퀵으로 받을 수 있을지 확인 부탁드립니다. 점주님이 내일 오픈하십니다."],
    resolve: ["케이블 퀵 발송했습니다. 오후 4시 전에 현장 도착 예정입니다."],
  },
  {
    tag: "bug", lang: "ko", for: INTERNAL, team: "field", priority: RAISED,
    subjects: ["[현장] {branch} 주방 프린터 연동 실패", "[현장] 설치 중 태블릿 등록 오류"],
    bodies: ["{branch} 설치 현장입니다. 주방 프린터를 연결했는데 관리자 페이지에서 '기기를 찾을 수 없음'으로 나옵니다. 펌웨어는 최신으로 올렸습니다. 점주님이 기다리고 계셔서 빠른 확인 부탁드립니다."],
    resolve: ["매장 계정에 기기 등록 한도가 걸려 있었습니다. 한도 풀어 드렸으니 다시 등록해 보세요."],
  },
  {
    tag: "bug", lang: "ko", for: INTERNAL, team: "field", incident: true, priority: INCIDENT,
    subjects: ["[현장] 업데이트 후 태블릿 로그인 불가"],
    bodies: ["{branch} 방문 중인데 {version} 업데이트 후 태블릿 로그인이 안 됩니다. 재설치해도 동일합니다."],
    resolve: ["2.4.1 핫픽스 배포됐습니다. 앱 업데이트 후 재로그인하면 됩니다."],
    productNote: loginNotesKo,
  },
  {
    tag: "how-to", lang: "ko", for: INTERNAL, team: "field", once: true,
    subjects: ["[현장] 프린터 용지 규격 안내 자료 요청"],
    bodies: ["점주님들이 영수증 용지 규격을 자주 물어보십니다. 현장에서 드릴 수 있는 안내 자료가 있을까요?"],
    resolve: ["용지 규격(80mm 감열지)과 주문 방법을 정리한 안내 카드 PDF를 공유 드라이브에 올려 두었습니다. 인쇄본은 다음 주 현장팀으로 보내드릴게요."],
  },
  {
    tag: "account", lang: "ko", for: INTERNAL, team: "field",
    subjects: ["[현장] 설치용 테스트 계정 잠김"],
    bodies: ["설치 때 쓰는 테스트 계정이 비밀번호 오류로 잠겼습니다. 잠금 해제 부탁드립니다."],
    resolve: ["잠금 해제했습니다. 새 비밀번호는 팀 보안 노트에 업데이트해 두었습니다."],
  },
  // Call center
  {
    tag: "bug", lang: "ko", for: INTERNAL, team: "callcenter", priority: RAISED,
    subjects: ["[콜센터 이관] {branch} 매장 주문 누락", "[콜센터 이관] 업데이트 후 앱 종료 현상"],
    bodies: [
      "콜센터로 접수된 건 이관드립니다. {branch} 매장에서 {day} 테이블 주문 {n}건이 포스로 넘어오지 않았다고 합니다. 점주님 연락처는 고객 정보에 있습니다.",
      "콜센터 이관 건입니다. 점주님이 {version} 업데이트 후 앱이 자꾸 꺼진다고 하십니다. 기기는 {os}입니다.",
    ],
    resolve: ["점주님과 통화해서 원격으로 조치했습니다. 원인과 조치 내용은 고객 이력에 남겨 두었으니 재문의 오면 참고해 주세요."],
  },
  {
    tag: "bug", lang: "ko", for: INTERNAL, team: "callcenter", incident: true, priority: INCIDENT,
    subjects: ["[콜센터] {version} 업데이트 후 로그인 오류 문의 폭주"],
    bodies: ["오전부터 {version} 업데이트 후 로그인이 안 된다는 전화가 {count}건 넘게 들어왔습니다. 고객 안내용 임시 조치 방법 공유 부탁드립니다."],
    resolve: ["2.4.1 핫픽스 배포됐습니다. 점주님들께는 앱 업데이트 후 재로그인하도록 안내해 주세요. 안내 문구는 공지에 올려 두었습니다."],
    productNote: loginNotesKo,
  },
  {
    tag: "billing", lang: "ko", for: INTERNAL, team: "callcenter",
    subjects: ["[콜센터] 결제 실패 문의 응대 기준 확인"],
    bodies: ["오늘 콜센터로 정기결제 실패 문의가 {n}건 들어왔습니다. 카드사 점검 때문인지 확인 부탁드리고, 고객 안내 문구도 공유해 주시면 좋겠습니다."],
    resolve: ["카드사 점검 시간과 겹쳐 실패한 건들이었고, 오늘 오후에 일괄 재결제됩니다. 안내 문구는 상담 스크립트 문서에 추가해 두었습니다."],
  },
  {
    tag: "how-to", lang: "ko", for: INTERNAL, team: "callcenter", once: true,
    subjects: ["[콜센터] 쿠폰 중복 적용 정책 확인 요청"],
    bodies: ["고객 문의 응대 중인데 할인 쿠폰이 멤버십 할인과 중복 적용되는지 정책 확인 부탁드립니다. 응대 스크립트에 추가하려고 합니다."],
    resolve: ["쿠폰과 멤버십 할인은 중복 적용되지 않고, 할인율이 큰 쪽이 자동 적용됩니다. 상담 스크립트에 추가해 두었습니다."],
  },
  {
    tag: "feature request", lang: "ko", for: INTERNAL, team: "callcenter", once: true,
    subjects: ["[콜센터] 점주님 요청 모음 — 예약 주문 기능"],
    bodies: ["이번 주 콜센터로 예약 주문(포장 시간 지정) 기능 문의가 {count}건 들어왔습니다. 제품팀에 전달 부탁드립니다."],
    resolve: ["제품팀에 전달했습니다. 요청 건수도 함께 공유했고, 다음 분기 검토 목록에 올라갔습니다."],
  },
  {
    tag: "account", lang: "ko", for: INTERNAL, team: "callcenter", once: true,
    subjects: ["[콜센터] 점주 본인 확인 절차 문의"],
    bodies: ["전화로 계정 이메일 변경을 요청하시는 점주님이 계신데, 전화상으로 본인 확인은 어떤 정보로 하면 되나요?"],
    resolve: ["사업자등록번호와 가입 휴대폰 번호 두 가지가 일치하면 변경 가능하고, 불일치 시 사업자등록증 사본을 받아 주세요. 스크립트에 추가했습니다."],
  },
  {
    tag: "delivery", lang: "ko", for: INTERNAL, team: "callcenter",
    subjects: ["[콜센터] 배송 지연 문의 다수 — 공지 필요"],
    bodies: ["어제부터 영수증 용지 배송 지연 문의가 {count}건 들어왔습니다. 택배사 문제면 점주님들께 공지를 보내는 게 좋겠습니다."],
    resolve: ["택배사 물량 문제로 확인되어 오늘 점주님들께 공지 문자를 보냈습니다. 이번 주 주문분은 퀵으로 보내기로 했습니다."],
  },
  // Partnerships
  {
    tag: "billing", lang: "en", for: INTERNAL, team: "partnerships", once: true,
    subjects: ["[Partnerships] Invoice in USD for the Singapore pilot"],
    bodies: ["The Singapore pilot partner asks whether we can invoice in USD instead of KRW. Who on the billing side can confirm? They want to sign this week."],
    resolve: ["Finance confirmed USD invoicing is fine for the pilot. Details are in the shared contract folder."],
  },
  {
    tag: "billing", lang: "en", for: INTERNAL, team: "partnerships", once: true,
    subjects: ["[Partnerships] Payment terms for a reseller"],
    bodies: ["A reseller wants net-60 payment terms for their {n} stores. Is that something we can offer, or should I push back?"],
    resolve: ["Finance can offer net-45 but not net-60 for resellers. I've noted it in the partner sheet."],
  },
  {
    tag: "bug", lang: "en", for: INTERNAL, team: "partnerships",
    subjects: ["[Partnerships] Pilot store reports crashes on {osEn}"],
    bodies: ["Our pilot partner's store says the ordering app crashes on {osEn} several times a day since {version}. Can someone from support take this?"],
    resolve: ["Support checked with the store: it's the image-cache freeze, fixed in the latest release. They've updated and it's stable now."],
  },
  {
    tag: "feature request", lang: "en", for: INTERNAL, team: "partnerships", once: true,
    subjects: ["[Partnerships] Partner asks for an open API", "[Partnerships] Multi-currency support for the pilot"],
    bodies: [
      "Two partners asked for an open API to pull orders into their ERP. Can we log this for product and tell me if it is on the roadmap?",
      "The Singapore pilot needs SGD prices on the tablets. Passing this on — they said it's a blocker for rolling out to {n} stores.",
    ],
    resolve: ["Logged for product; it's on the agenda for next quarter's roadmap review. I'll update you once it's decided."],
  },
  {
    tag: "how-to", lang: "en", for: INTERNAL, team: "partnerships", once: true,
    subjects: ["[Partnerships] English onboarding guide for the pilot"],
    bodies: ["The pilot stores' managers don't read Korean. Do we have the onboarding guide in English, or can support walk them through it on a call?"],
    resolve: ["There's an English guide in the help center; I've also booked a 30-minute onboarding call with their managers on Thursday."],
  },
  {
    tag: "account", lang: "en", for: INTERNAL, team: "partnerships",
    subjects: ["[Partnerships] Sandbox account for a reseller"],
    bodies: ["A reseller wants to try the admin console before signing. Can we set up a sandbox store account for them?"],
    resolve: ["Sandbox store created; the login details went to the reseller contact you cc'd."],
  },
  {
    tag: "delivery", lang: "en", for: INTERNAL, team: "partnerships", once: true,
    subjects: ["[Partnerships] Shipping tablets to Singapore"],
    bodies: ["The Singapore pilot needs {count} tablets by the end of the month. Can logistics ship overseas, and who handles customs paperwork?"],
    resolve: ["Logistics can ship by air freight next week; the partner's importer handles customs. I've put both in touch."],
  },
];

/**
 * The call center and the field technicians mostly pass on what stores told them: the stores'
 * own questions, relayed with the colleague's framing (and answered back to the colleague).
 */
function relayed(team: "callcenter" | "field", tags: readonly DemoTagName[]): InquiryTemplate[] {
  const frame =
    team === "callcenter"
      ? { subject: "[콜센터 이관] ", body: "콜센터로 접수된 건 이관드립니다. {branch} 점주님 문의 내용입니다.\n\n", ask: "점주님 연락처와 매장명을" }
      : { subject: "[현장] {branch} ", body: "{branch} 방문 중에 점주님께 받은 내용 공유드립니다.\n\n", ask: "매장명과 기기 모델을" };
  return customerTemplates
    .filter((tpl) => tpl.lang === "ko" && !tpl.for && !tpl.incident && tags.includes(tpl.tag))
    .map((tpl) => ({
      ...tpl,
      for: INTERNAL,
      team,
      once: false,
      subjects: tpl.subjects.map((subject) => frame.subject + subject),
      bodies: tpl.bodies.map((body) => frame.body + body),
      resolve: tpl.resolve.map((answer) => `점주님께는 아래와 같이 안내드렸습니다.\n\n${answer}`),
      ask: frame.ask,
    }));
}

export const inquiryTemplates: InquiryTemplate[] = [
  ...customerTemplates,
  ...moreEnglishTemplates,
  ...internalTemplates,
  ...relayed("callcenter", ["bug", "billing", "delivery", "account", "how-to", "refund"]),
  ...relayed("field", ["bug", "delivery"]),
];

/** Fills `{key}` from vars; unknown keys stay visible so a template typo shows in review. */
export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => vars[key] ?? m);
}

// ── staff replies ────────────────────────────────────────────────────────────

/** What an agent asks for first when the inquiry needs details (→ PENDING). */
export const askFor: Record<DemoTagName, { ko: string; en: string }> = {
  billing: { ko: "사업자등록번호와 결제일을", en: "your business registration number and the payment date" },
  delivery: { ko: "주문번호와 받으실 주소를", en: "the order number and the delivery address" },
  bug: { ko: "사용 중인 기기 모델, 앱 버전, 문제가 생긴 시각을", en: "the device model, the app version and roughly when it happened" },
  "how-to": { ko: "사용 중인 요금제와 매장 환경을", en: "which plan you're on and how your store is set up" },
  "feature request": { ko: "어떤 상황에서 필요하신지 조금 더 자세히", en: "a bit more about when you would use it" },
  complaint: { ko: "통화 가능한 시간대를", en: "a good time to call you" },
  account: { ko: "가입하신 이메일 주소와 매장명을", en: "the email address on the account and the store name" },
  refund: { ko: "결제하신 카드사와 결제일을", en: "the card issuer and the date of the charge" },
};

export const replyOpeners = {
  ko: ["{name}님, 안녕하세요. 루프오더 고객지원팀 {agent}입니다.", "안녕하세요 {name}님, 루프오더 고객지원팀 {agent}입니다."],
  en: ["Hi {firstName},", "Hello {firstName},"],
} as const;

export const replyClosers = {
  ko: ["감사합니다.\n{agent} 드림", "추가로 궁금하신 점 있으시면 언제든 말씀해 주세요.\n감사합니다."],
  en: ["Best regards,\n{agent}\nLoopOrder Support", "Thanks,\n{agent} (LoopOrder Support)"],
} as const;

export const askReplies = {
  ko: [
    "문의 주셔서 감사합니다. 정확한 확인을 위해 {ask} 알려주시면 바로 살펴보겠습니다.",
    "불편을 드려 죄송합니다. 빠르게 확인할 수 있도록 {ask} 회신 부탁드립니다.",
  ],
  en: [
    "Thanks for reaching out. So we can look into this quickly, could you send us {ask}?",
    "Sorry for the trouble. Could you reply with {ask}? We'll take it from there.",
  ],
} as const;

export const ackReplies = {
  ko: [
    "문의하신 내용 확인했습니다. 담당 팀과 함께 확인 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.",
    "불편을 드려 정말 죄송합니다. 지금 바로 확인하고 있고, 오늘 중으로 진행 상황을 안내드리겠습니다.",
  ],
  en: [
    "Thanks, we've got this and are looking into it with the team. We'll update you as soon as we know more.",
    "Sorry about this — we're on it now and will get back to you today with an update.",
  ],
} as const;

export const followUpReplies = {
  ko: ["보내주신 정보 확인했습니다. 담당 팀에서 확인 중이며, 조금만 기다려 주시면 다시 안내드리겠습니다.", "추가 정보 감사합니다. 확인 후 바로 연락드리겠습니다."],
  en: ["Thanks for the details. The team is checking now and we'll follow up shortly.", "Got it, thank you. We'll get back to you once we've checked."],
} as const;

/** The answer after a reopened inquiry is fixed for good. */
export const refixReplies = {
  ko: ["다시 확인해 보니 이전 조치가 완전히 적용되지 않았습니다. 설정을 다시 적용했고, 이번에는 정상적으로 동작하는 것을 함께 확인했습니다.", "원인을 다시 살펴보고 근본적으로 조치했습니다. 같은 문제가 또 생기면 바로 저에게 연락 주세요."],
  en: ["It turned out the first fix hadn't fully applied. We've applied it again and confirmed together that it works now.", "We dug into the root cause this time and fixed it properly. If it ever comes back, reply here and it comes straight to me."],
} as const;

export const reopenReplies = {
  ko: ["다시 연락 주셔서 감사합니다. 같은 문제가 반복되어 죄송합니다. 다시 확인해 보겠습니다."],
  en: ["Thanks for letting us know it happened again — sorry about that. We're taking another look."],
} as const;

// ── internal notes ───────────────────────────────────────────────────────────

/** What agents write in internal notes while they work an inquiry, per tag. */
export const agentNotes: Record<DemoTagName, { ko: readonly string[]; en: readonly string[] }> = {
  billing: {
    ko: ["재무팀에 확인 요청함.", "고객과 통화 완료. 필요한 정보 다시 받음."],
    en: ["Asked finance to check.", "Called the customer to confirm the details."],
  },
  delivery: {
    ko: ["물류팀 확인: 택배사 물량 때문에 출고가 하루 밀림.", "창고에 재고와 출고 일정 확인 요청함."],
    en: ["Warehouse says it ships tomorrow morning.", "Asked the warehouse for the shipping date."],
  },
  bug: {
    ko: ["개발팀 채널에 재현 조건 정리해서 공유함.", "원격 접속으로 확인 — 기기 문제는 아님.", "동일 문의 이번 주 {n}건째. 제품팀 공유 필요."],
    en: ["Shared in #dev-support with repro steps.", "Checked remotely — not a device issue.", "Third ticket about this this week — flagging to product."],
  },
  "how-to": {
    ko: ["도움말 문서 링크 보내드림. 필요하면 화면 공유로 안내 예정.", "같은 질문이 잦음. 도움말 문서 보완 필요."],
    en: ["Sent the help-center article; offered a screen share.", "Common question — the help article needs a screenshot."],
  },
  "feature request": {
    ko: ["제품팀 요청 시트에 추가함.", "같은 요청 이번 달 {n}번째."],
    en: ["Added to the product request sheet.", "We have had {n} requests for this this month."],
  },
  complaint: {
    ko: ["팀장님께 에스컬레이션함.", "고객과 통화 완료 — 많이 화나 계심. 보상안 검토 필요.", "계약 갱신 앞둔 고객사. 응대 시 팀장 참조."],
    en: ["Escalated to the CS lead.", "Called the customer; they're upset. Need a goodwill gesture."],
  },
  account: {
    ko: ["본인 확인 완료(사업자등록증 대조).", "계정 권한 변경 전 점주님 동의 받음."],
    en: ["Identity verified against the business registration.", "Got the owner's OK before changing access."],
  },
  refund: {
    ko: ["재무팀에 환불 요청서 전달함.", "PG사 취소 요청 접수 완료."],
    en: ["Refund request sent to finance.", "Cancellation filed with the payment gateway."],
  },
};

export const customerRepliedNotes = {
  ko: ["고객 회신 받음: 요청한 정보 확인.", "고객이 전화로 추가 정보 전달함.", "고객 회신 확인. 처리 진행."],
  en: ["Customer replied with the requested details.", "Customer called back with the info.", "Got the customer's reply, proceeding."],
} as const;

export const reopenNotes = {
  ko: ["고객이 같은 증상이 다시 생겼다고 연락 옴.", "해결 안내 후 재문의 — 아직 동일하다고 함."],
  en: ["Customer says it happened again.", "Reopened: customer reports the fix didn't stick."],
} as const;

/** Product's notes on feature requests (bug scenarios carry their own, see productNote). */
export const featureNotes = {
  ko: ["기능 요청 백로그에 등록했습니다. 비슷한 요청이 많아 다음 분기 계획에서 검토합니다.", "같은 요청이 벌써 {n}건째네요. 로드맵 회의 안건으로 올리겠습니다."],
  en: ["Added to the backlog; this is a recurring ask, we'll review it in next quarter's planning.", "Same request from {n} stores now — putting it on the roadmap review."],
} as const;

export const adminNotes = {
  ko: ["환불 승인합니다. 진행해 주세요.", "보상 건은 다음 달 이용료 차감으로 처리해 주세요.", "이 고객사 계약 갱신 앞두고 있으니 신경 써 주세요."],
  en: ["Refund approved, go ahead.", "Credit them one week on the next invoice.", "Please loop me in on this one — renewal is next month."],
} as const;

// ── placeholder values ───────────────────────────────────────────────────────

export const placeholderValues = {
  branch: ["강남역점", "판교점", "홍대점", "성수점", "여의도점", "잠실점", "신촌점", "서면점"],
  branchEn: ["Itaewon", "Pangyo", "Hongdae", "Seongsu", "Yeouido"],
  device: ["매장용 태블릿", "영수증 프린터", "주방 프린터", "카드 단말기", "테이블 태블릿"],
  deviceEn: ["counter tablet", "receipt printer", "kitchen printer", "card reader", "table tablet"],
  os: ["갤럭시 탭 A8", "갤럭시 탭 S6 Lite", "아이패드 9세대", "레노버 탭 M10"],
  osEn: ["Galaxy Tab A8", "iPad (9th gen)", "Lenovo Tab M10", "Galaxy Tab S6 Lite"],
  day: ["어제", "오늘 오전", "지난주 금요일", "주말", "오늘 점심 피크 시간", "어제 저녁"],
  dayEn: ["yesterday", "this morning", "last Friday", "the weekend", "today's lunch rush", "last night"],
  sinceEn: ["yesterday", "this morning", "last Friday", "last night"],
  when: ["어제", "지난 금요일", "지난 주말", "그저께"],
  whenEn: ["yesterday", "last Friday", "Saturday"],
  amount: ["49,000", "99,000", "198,000", "297,000", "330,000", "594,000"],
} as const;

/** App releases by days before now: the 2.4.0 release broke tablet logins (the incident spike). */
export const releases = [
  { daysAgo: 63, version: "2.3.0" },
  { daysAgo: 35, version: "2.3.1" },
  { daysAgo: 21, version: "2.4.0" },
  { daysAgo: 18, version: "2.4.1" },
] as const;
export const firstVersion = "2.2.4";
