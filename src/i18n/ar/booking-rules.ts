/** كلمات قواعد الحجز (Arabic: availability and household rules, src/core/booking-rules.ts). */
import type { bookingRules as english } from '../en-gb/booking-rules.js';
import type { Translation } from '../messages.js';

export const bookingRules = {
  'booking.availability.available': 'تتوفر أماكن',
  'booking.availability.fewLeft': {
    zero: 'لم تتبقَّ أماكن',
    one: 'بقي مكان واحد',
    two: 'بقي مكانان',
    few: 'بقيت {count} أماكن',
    many: 'بقي {count} مكانًا',
    other: 'بقي {count} مكان',
  },
  'booking.availability.fullWaitingList': 'مكتملة — يمكنك الانضمام إلى قائمة الانتظار',
  'booking.availability.full': 'مكتملة',
  'booking.availability.opens': 'يبدأ الحجز يوم {date}',
  'booking.availability.opensAt': 'يبدأ الحجز يوم {date} الساعة {time}',
  'booking.availability.dropIn': 'يمكنك الحضور مباشرة — لا حاجة للحجز',
  'booking.availability.closed': 'انتهى الحجز',

  'booking.party.error.nobody': 'يُرجى إدخال عدد البالغين الذين سيحضرون',
  'booking.party.error.adultsNeeded': 'يجب أن يحضر الأطفال مع شخص بالغ. يُرجى إدخال عدد البالغين الذين سيحضرون',
  'booking.party.error.adultsTooMany': {
    zero: 'لا يمكن إحضار أشخاص بالغين إلى هذه الجلسة. يُرجى إدخال 0',
    one: 'يمكن لكل أسرة إحضار شخص بالغ واحد إلى هذه الجلسة. يُرجى إدخال 1',
    two: 'يمكن لكل أسرة إحضار شخصين بالغين كحد أقصى إلى هذه الجلسة. يُرجى إدخال {count} أو أقل',
    few: 'يمكن لكل أسرة إحضار {count} أشخاص بالغين كحد أقصى إلى هذه الجلسة. يُرجى إدخال {count} أو أقل',
    many: 'يمكن لكل أسرة إحضار {count} شخصًا بالغًا كحد أقصى إلى هذه الجلسة. يُرجى إدخال {count} أو أقل',
    other: 'يمكن لكل أسرة إحضار {count} شخص بالغ كحد أقصى إلى هذه الجلسة. يُرجى إدخال {count} أو أقل',
  },
  'booking.party.error.adultsNotAllowed': 'هذه الجلسة مخصصة للأطفال والشباب فقط. يُرجى إدخال 0 لعدد البالغين',
  'booking.party.error.childrenNeeded': 'هذه الجلسة مخصصة للأطفال ومرافقيهم البالغين. يُرجى إدخال عدد الأطفال الذين سيحضرون',
  'booking.party.error.childrenTooMany': {
    zero: 'لا يمكن إحضار أطفال إلى هذه الجلسة. يُرجى إدخال 0',
    one: 'يمكن لكل أسرة إحضار طفل واحد إلى هذه الجلسة. يُرجى إدخال 1',
    two: 'يمكن لكل أسرة إحضار طفلين كحد أقصى إلى هذه الجلسة. يُرجى إدخال {count} أو أقل',
    few: 'يمكن لكل أسرة إحضار {count} أطفال كحد أقصى إلى هذه الجلسة. يُرجى إدخال {count} أو أقل',
    many: 'يمكن لكل أسرة إحضار {count} طفلًا كحد أقصى إلى هذه الجلسة. يُرجى إدخال {count} أو أقل',
    other: 'يمكن لكل أسرة إحضار {count} طفل كحد أقصى إلى هذه الجلسة. يُرجى إدخال {count} أو أقل',
  },
  'booking.party.error.childrenNotAllowed': 'هذه الجلسة مخصصة للبالغين فقط. يُرجى إدخال 0 لعدد الأطفال',
  'booking.party.error.childAge':
    'هذه الجلسة مخصصة للأطفال في هذه الفئة العمرية: {ages}. يُرجى التحقق من عمر الطفل {number}، أو اختيار جلسة أخرى',
} satisfies Translation<typeof english>;
