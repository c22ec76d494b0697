/**
 * Openers of the writer's own narration: transitions, plans and invitations ("Now we turn to …", "Time to …",
 * "Let's walk through …", "Dive in …"). A sentence that opens with one tells the reader what comes next.
 */
export const NARRATIVE_OPENERS: readonly string[] = [
  'now we turn to', 'now we will', 'now we are going to', 'now let us', "now let's", 'next we', 'next up', 'time to',
  "let's", 'let us', 'let me', 'dive in', 'read on', 'stay tuned', 'without further ado', 'first things first',
  'as promised', 'in this article', 'in this post', 'in this blog', 'in this guide', 'in this section', 'in this series',
  'in this tutorial',
  'imagine', 'picture this', 'think of it',
];
