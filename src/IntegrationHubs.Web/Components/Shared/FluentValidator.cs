using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace IntegrationHubs.Web.Components.Shared;

/// <summary>
/// Runs the model's FluentValidation validator inside an EditForm, so every form shows the same
/// localized messages at the field — on static forms at submit, on interactive forms as the person types.
/// </summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _subscribed;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Inject]
    private IValidator<TModel> Validator { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (EditContext is null || ReferenceEquals(EditContext, _subscribed))
        {
            return;
        }

        Unsubscribe();
        _subscribed = EditContext;
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateModel;
        EditContext.OnFieldChanged += ValidateField;
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        _messages!.Clear();
        var result = Validator.Validate((TModel)_subscribed!.Model);
        foreach (var error in result.Errors)
        {
            _messages.Add(_subscribed.Field(error.PropertyName), error.ErrorMessage);
        }

        _subscribed.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        _messages!.Clear(field);
        var context = ValidationContext<TModel>.CreateWithOptions((TModel)_subscribed!.Model, o => o.IncludeProperties(field.FieldName));
        foreach (var error in Validator.Validate(context).Errors)
        {
            _messages.Add(field, error.ErrorMessage);
        }

        _subscribed.NotifyValidationStateChanged();
    }

    private void Unsubscribe()
    {
        if (_subscribed is not null)
        {
            _subscribed.OnValidationRequested -= ValidateModel;
            _subscribed.OnFieldChanged -= ValidateField;
        }
    }

    public void Dispose() => Unsubscribe();
}
