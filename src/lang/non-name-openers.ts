/** Capitalised words that open a sentence or clause without naming anything: never the start of a product name. */
export const NON_NAME_OPENERS: readonly string[] = (
  'The A An When While If In At On For Within Before After Since Because Unlike Modern Use Using Enable Ensure Forward Create ' +
  'Start Filter Paste Adopt Enforce Integrate Securing Overly Organizations Standard Each Every All No Not Yes Early Third ' +
  'This These That Those They It Its Their Our Your You We Let Ever Although Though However Also Then Once Most Many Some ' +
  'Do Does Can Are Is Was How What Why Where Which Who Understanding Because By From To Of And Or But So Visibility Scope ' +
  'Lifecycle Further Reading Back Top Here There Both Only Even Just Still Now Today Next Crucially Typically Set Includes Contains ' +
  'As Like Via Per With Without Under Over Into Among Across Against Until Unless Whether Note Example Examples Step Steps'
).split(' ');
