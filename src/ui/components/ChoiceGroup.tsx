interface Option {
  value: string;
  label: string;
}

interface Props {
  name: string;
  legend: string;
  options: Option[];
  value: string | undefined;
  onChange: (value: string) => void;
  class?: string;
  /** An id for the group, so that the page can bring it into view and give it focus. */
  id?: string;
}

/** A labelled group of radio buttons (arrow keys move within it, Tab leaves it). */
export function ChoiceGroup({ name, legend, options, value, onChange, class: className, id }: Props) {
  return (
    <fieldset class={`choice-group ${className ?? ''}`} id={id} tabIndex={id ? -1 : undefined}>
      <legend>{legend}</legend>
      <div class="choices">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <label key={option.value} for={id} class="choice">
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
