import { Input, SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { useId } from 'react';

/** A segmented control with a visible label that looks like every other field's and names its radio group. */
export function LabelledSegments({ label, ...props }: SegmentedControlProps & { label: string }) {
  const id = useId();
  return (
    <Input.Wrapper label={label} labelElement="div" labelProps={{ id }}>
      {/* On a line of its own, under the label, as other fields' inputs are. */}
      <div>
        <SegmentedControl aria-labelledby={id} {...props} />
      </div>
    </Input.Wrapper>
  );
}
