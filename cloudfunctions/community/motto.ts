/** A community's motto unless it sets its own (the source texts' words). Apart from the seed: functions use it. */
export const MOTTO = '有事必到、无事不扰'
