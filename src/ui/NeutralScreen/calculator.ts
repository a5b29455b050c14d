/** A four-function calculator's state: pure, so the neutral screen really works. */
export interface CalcState {
  readonly display: string;
  readonly stored: number | null;
  readonly op: Operator | null;
  readonly fresh: boolean;
}

/** Operators offered on the keypad. */
export type Operator = '+' | '−' | '×' | '÷';

/** A calculator showing 0. */
export const initialCalc: CalcState = { display: '0', stored: null, op: null, fresh: true };

const MAX_DIGITS = 12;

/** Type a digit or the decimal point. */
export function pressDigit(state: CalcState, digit: string): CalcState {
  if (state.fresh) return { ...state, display: digit === '.' ? '0.' : digit, fresh: false };
  if (digit === '.' && state.display.includes('.')) return state;
  if (state.display.replace(/[-.]/g, '').length >= MAX_DIGITS) return state;
  const display = state.display === '0' && digit !== '.' ? digit : state.display + digit;
  return { ...state, display };
}

/** Choose an operator, first completing any pending one. */
export function pressOperator(state: CalcState, op: Operator): CalcState {
  const settled = state.op && !state.fresh ? pressEquals(state) : state;
  return { display: settled.display, stored: Number(settled.display), op, fresh: true };
}

/** Complete the pending operation. */
export function pressEquals(state: CalcState): CalcState {
  if (state.op === null || state.stored === null) return { ...state, fresh: true };
  const result = apply(state.stored, state.op, Number(state.display));
  return { display: formatNumber(result), stored: null, op: null, fresh: true };
}

function apply(a: number, op: Operator, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '−':
      return a - b;
    case '×':
      return a * b;
    case '÷':
      return b === 0 ? Number.NaN : a / b;
  }
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'Error';
  return String(Number.parseFloat(value.toPrecision(MAX_DIGITS)));
}
